import { memo } from 'react';
import { evidenceAppendixHeading, evidenceSourceLabel, type ReportEvidenceAppendix } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

/** The evidence appendix: the cards the findings rest on, under the numbers the text cites them by. */
function EvidenceAppendixViewUnmemoised({ appendix }: { appendix: ReportEvidenceAppendix }) {
  const { title, note } = evidenceAppendixHeading(appendix);
  return (
    <ReportPart titleId="report-evidence-appendix" title={title} className="report-evidence">
      <p className="report-evidence__note">{note}</p>
      {appendix.references.length > 0 ? (
        <ol className="report-evidence__list" aria-label={title}>
          {appendix.references.map((reference) => (
            <li key={reference.cardId} className="report-evidence__item" data-counter={reference.counterEvidence || undefined}>
              <span className="report-evidence__number">[{reference.number}]</span>{' '}
              <span>
                {reference.observation} <span className="report-evidence__source">({evidenceSourceLabel(reference)})</span>
                {reference.interpretation ? (
                  <span className="report-evidence__interpretation">
                    <em>Interpretation:</em> {reference.interpretation}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="report-lane__empty">None.</p>
      )}
    </ReportPart>
  );
}

/** The same cards under the same heading: the report rebuilds the appendix's object at each keystroke, its references stay. */
function sameAppendix(before: { appendix: ReportEvidenceAppendix }, after: { appendix: ReportEvidenceAppendix }): boolean {
  const [a, b] = [before.appendix, after.appendix];
  return a.citedOnly === b.citedOnly && a.references.length === b.references.length && a.references.every((reference, at) => reference === b.references[at]);
}

/** Rendered again only when its own data changed, not at every keystroke in the report's narrative. */
export const EvidenceAppendixView = memo(EvidenceAppendixViewUnmemoised, sameAppendix);
