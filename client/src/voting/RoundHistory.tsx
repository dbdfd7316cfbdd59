import type { PublicVoteRound } from '@washup/shared/voting';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useHeadings } from '../sync/useHeadings';
import { RoundControls } from './RoundControls';
import { RoundResults } from './RoundResults';
import { clockTime, plural, roundSummary } from './roundWording';

interface Numbered {
  entry: PublicVoteRound;
  number: number;
}

/** Earlier rounds, newest first, each folded away: the room compares a re-run with the first try. */
export function RoundHistory({ rounds, voteOpen }: { rounds: readonly Numbered[]; voteOpen: boolean }) {
  const { identity } = useBoardConnection();
  const meta = useBoardMeta();
  const headings = useHeadings();
  if (rounds.length === 0) return null;
  const byId = new Map(rounds.map(({ entry, number }) => [entry.round.id, number]));
  return (
    <section className="vote-history" aria-labelledby="vote-history-title">
      <h2 id="vote-history-title" className="section-title">
        Earlier votes
      </h2>
      {rounds.map(({ entry, number }) => {
        const { round, tally, voterCount } = entry;
        const rerunOf = round.rerunOf ? byId.get(round.rerunOf) : undefined;
        return (
          <details key={round.id} className="card vote-history__item">
            <summary className="vote-history__summary">
              <span className="vote-history__name">
                Vote {number}
                {rerunOf ? ` (re-run of vote ${rerunOf})` : ''}
              </span>
              <span className="vote-history__facts">
                {roundSummary(round, headings, meta)} · opened {clockTime(round.openedAt)} · {plural(voterCount, 'voter', 'voters')} ·{' '}
                {round.status === 'revealed' ? 'revealed' : 'not revealed'}
              </span>
            </summary>
            {identity.role === 'facilitator' && (round.status === 'closed' || !voteOpen) ? <RoundControls entry={entry} canRerun={!voteOpen} /> : null}
            {tally ? <RoundResults round={round} tally={tally} idPrefix={`history-${number}`} /> : <p className="muted">The results of this vote were not revealed.</p>}
          </details>
        );
      })}
    </section>
  );
}
