import { evidenceAppendixHeading, evidenceSourceLabel, type ReportEvidenceAppendix } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

/** The evidence appendix: the cards the findings rest on, under the numbers the text cites them by. */
export function EvidenceAppendixView({ appendix }: { appendix: ReportEvidenceAppendix }) {
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
