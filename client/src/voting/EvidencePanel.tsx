import type { BoardMeta } from '@washup/shared/board';
import type { EvidenceFlag, VotesVersusEvidence } from '@washup/shared/voting';
import { laneLabel } from './laneLabel';
import { plural } from './roundWording';

interface Props {
  flags: VotesVersusEvidence;
  meta: BoardMeta | null;
  /** Name the ballot beside each theme when the round had two. */
  showLane: boolean;
  idPrefix: string;
}

function sources(flag: EvidenceFlag): string {
  if (flag.distinctSources === 0) return 'no evidence cards';
  if (flag.singleSource) return 'a single source';
  return `${flag.distinctSources} distinct sources`;
}

function FlagList({ flags, meta, showLane }: { flags: EvidenceFlag[]; meta: BoardMeta | null; showLane: boolean }) {
  if (flags.length === 0) return <p className="evidence-flags__none">None this time.</p>;
  return (
    <ul className="evidence-flags__list">
      {flags.map((flag) => (
        <li key={flag.optionId}>
          <strong>{flag.label}</strong>
          <span className="evidence-flags__facts">
            {showLane ? `${laneLabel(meta, flag.lane)} · ` : ''}
            {plural(flag.votes, 'vote', 'votes')} · {sources(flag)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Votes measure priority, not evidence: a popular theme resting on one observation, and a
 * well-triangulated one nobody chose, are both worth a second look before the feedback is drafted.
 */
export function EvidencePanel({ flags, meta, showLane, idPrefix }: Props) {
  const agree = flags.popularButThin.length === 0 && flags.wellEvidencedButUnvoted.length === 0;
  return (
    <section className="evidence-panel" aria-labelledby={`${idPrefix}-evidence`}>
      <h3 id={`${idPrefix}-evidence`} className="evidence-panel__title">
        Votes and evidence
      </h3>
      {agree ? (
        <p className="muted">No popular theme rests on a single source, and every well-triangulated theme got votes.</p>
      ) : (
        <div className="evidence-panel__grid">
          <section className="evidence-flags evidence-flags--thin" aria-labelledby={`${idPrefix}-thin`}>
            <h4 id={`${idPrefix}-thin`}>Many votes, thin evidence</h4>
            <p className="evidence-flags__hint">Look for more evidence before reporting these.</p>
            <FlagList flags={flags.popularButThin} meta={meta} showLane={showLane} />
          </section>
          <section className="evidence-flags evidence-flags--strong" aria-labelledby={`${idPrefix}-strong`}>
            <h4 id={`${idPrefix}-strong`}>Well evidenced, few votes</h4>
            <p className="evidence-flags__hint">Triangulated from three or more sources; worth a word before dropping.</p>
            <FlagList flags={flags.wellEvidencedButUnvoted} meta={meta} showLane={showLane} />
          </section>
        </div>
      )}
    </section>
  );
}
