import type { PublicVoteRound } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { BallotForm } from './BallotForm';
import { OpenRoundForm } from './OpenRoundForm';
import { ProxyBallot } from './ProxyBallot';
import { RoundControls } from './RoundControls';
import { RoundResults } from './RoundResults';
import { useVotes } from './useVotes';

const statusText: Record<PublicVoteRound['round']['status'], string> = {
  open: 'Voting is open',
  closed: 'Voting is closed; results not yet revealed',
  revealed: 'Results',
};

/**
 * The Vote view. Voters see the open round's options and their own dots; the Lead Reviewer opens,
 * closes and reveals; everyone sees the same results once revealed.
 */
export function VotingView() {
  const { identity } = useBoardConnection();
  const { rounds } = useVotes();
  const isLead = identity.role === 'facilitator';
  const latest = rounds.at(-1);
  const earlier = rounds.slice(0, -1).reverse();
  const eligible = latest?.round.config.eligibleRoles.some((role) => role === identity.role) ?? false;

  return (
    <div className="voting">
      {isLead && (!latest || latest.round.status !== 'open') ? <OpenRoundForm /> : null}
      {latest ? (
        <section className="card vote-round" aria-labelledby="vote-round-title">
          <header className="vote-round__head">
            <h2 id="vote-round-title" className="card__title">
              {statusText[latest.round.status]}
            </h2>
            <p className="vote-round__count" role="status">
              {latest.voterCount} {latest.voterCount === 1 ? 'person has' : 'people have'} voted
            </p>
          </header>
          {isLead ? <RoundControls entry={latest} /> : null}
          {latest.round.status === 'open' && eligible && identity.participantId ? <BallotForm key={latest.round.id} round={latest.round} /> : null}
          {latest.round.status === 'open' && !eligible ? <p className="muted">You are watching this vote; your role does not vote in it.</p> : null}
          {latest.round.status === 'closed' ? <p className="muted">Waiting for the Lead Reviewer to reveal the results.</p> : null}
          {latest.tally ? <RoundResults tally={latest.tally} /> : null}
        </section>
      ) : (
        !isLead && <p className="empty-state">No vote yet. The Lead Reviewer opens one when the themes are ready.</p>
      )}
      {isLead && latest?.round.status === 'open' ? <ProxyBallot round={latest.round} /> : null}
      {earlier.length > 0 ? (
        <section className="vote-history" aria-labelledby="vote-history-title">
          <h2 id="vote-history-title" className="section-title">
            Earlier rounds
          </h2>
          {earlier.map((entry) => (
            <details key={entry.round.id} className="card">
              <summary>
                Round opened {new Date(entry.round.openedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })} · {entry.voterCount} voted
              </summary>
              {entry.tally ? <RoundResults tally={entry.tally} /> : <p className="muted">Not revealed.</p>}
            </details>
          ))}
        </section>
      ) : null}
    </div>
  );
}
