import type { PublicVoteRound } from '@washup/shared/voting';
import type { VoteCommand } from '@washup/shared/voting';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Close, reveal and re-run: the Lead Reviewer's buttons for one round. Re-running is offered only
 * while no other round is open, since the relay allows one open round at a time.
 */
export function RoundControls({ entry, canRerun = true }: { entry: PublicVoteRound; canRerun?: boolean }) {
  const action = useCommand();
  const { round } = entry;
  const send = (type: Exclude<VoteCommand['type'], 'vote.open'>) => () => action.send({ type, roundId: round.id });
  return (
    <div className="round-controls">
      {action.error ? <ErrorAlert>{action.error}</ErrorAlert> : null}
      {round.status === 'open' ? (
        <button type="button" className="button button--primary" onClick={send('vote.close')} disabled={action.busy}>
          Close the vote
        </button>
      ) : null}
      {round.status === 'closed' ? (
        <button type="button" className="button button--primary" onClick={send('vote.reveal')} disabled={action.busy}>
          Reveal the results
        </button>
      ) : null}
      {round.status !== 'open' && canRerun ? (
        <button type="button" className="button button--secondary" onClick={send('vote.rerun')} disabled={action.busy}>
          Run this vote again
        </button>
      ) : null}
    </div>
  );
}
