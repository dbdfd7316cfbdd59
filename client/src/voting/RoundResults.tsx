import { useCallback } from 'react';
import { boardView, evidenceByOption, laneIds, votesVersusEvidence, type BoardDoc, type EvidenceFlag, type RevealedTally } from '@washup/shared';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useBoardValue } from '../sync/useBoardValue';
import { laneLabel } from './laneLabel';

const readEvidence = (board: BoardDoc) => evidenceByOption(boardView(board));

function FlagList({ title, hint, flags }: { title: string; hint: string; flags: EvidenceFlag[] }) {
  return (
    <section className="evidence-flags">
      <h4>{title}</h4>
      <p className="muted">{hint}</p>
      {flags.length === 0 ? (
        <p className="evidence-flags__none">None.</p>
      ) : (
        <ul>
          {flags.map((flag) => (
            <li key={flag.optionId}>
              <strong>{flag.label}</strong> · {flag.votes} {flag.votes === 1 ? 'vote' : 'votes'} ·{' '}
              {flag.singleSource ? 'single source' : `${flag.distinctSources} distinct sources`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Revealed tallies, ranked with bars, the same for everyone; then votes set beside the evidence. */
export function RoundResults({ tally }: { tally: RevealedTally }) {
  const meta = useBoardMeta();
  const evidence = useBoardValue(useCallback(readEvidence, []));
  const flags = votesVersusEvidence(tally, evidence);
  return (
    <div className="results">
      {laneIds.map((lane) => {
        const laneTally = tally.lanes[lane];
        if (!laneTally) return null;
        const most = Math.max(1, ...laneTally.ranked.map((entry) => entry.votes));
        return (
          <section key={lane} className="results__lane" aria-labelledby={`results-${lane}`}>
            <h3 id={`results-${lane}`}>
              {laneLabel(meta, lane)} <span className="muted">· {laneTally.voterCount} voted, {laneTally.totalVotes} {laneTally.totalVotes === 1 ? 'dot' : 'dots'}</span>
            </h3>
            <ol className="results__list">
              {laneTally.ranked.map((entry) => (
                <li key={entry.optionId} className="results__row">
                  <span className="results__rank">{entry.rank}</span>
                  <span className="results__label">{entry.label}</span>
                  <span className="results__bar" aria-hidden="true">
                    <span style={{ width: `${(entry.votes / most) * 100}%` }} />
                  </span>
                  <span className="results__votes">
                    {entry.votes} <span className="visually-hidden">{entry.votes === 1 ? 'vote' : 'votes'}</span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <div className="results__evidence">
        <FlagList title="Popular, but thin evidence" hint="Many votes, yet a single source: look again before reporting it." flags={flags.popularButThin} />
        <FlagList title="Well evidenced, few votes" hint="Triangulated from three or more sources, yet few chose it." flags={flags.wellEvidencedButUnvoted} />
      </div>
    </div>
  );
}
