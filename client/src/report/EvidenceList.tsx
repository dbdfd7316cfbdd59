import { evidenceSourceLabel, type EvidenceReference } from '@washup/shared/report';

/** The cards a theme rests on, numbered as the exports number them. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceReference[] }) {
  if (evidence.length === 0) return null;
  return (
    <div className="report-evidence">
      <p className="report-evidence__title">Evidence</p>
      <ol className="report-evidence__list">
        {evidence.map((reference) => (
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
    </div>
  );
}
