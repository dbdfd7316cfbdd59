import type { PublicVoteRound } from '@washup/shared';
import { sendVoteCommand, type VoteCommandBody } from '../api/votes';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/**
 * Close, reveal and re-run: the Lead Reviewer's buttons for one round. Re-running is offered only
 * while no other round is open, since the relay allows one open round at a time.
 */
export function RoundControls({ entry, canRerun = true }: { entry: PublicVoteRound; canRerun?: boolean }) {
  const { boardId, identity } = useBoardConnection();
  const action = useAction();
  const { round } = entry;
  const send = (type: Exclude<VoteCommandBody['type'], 'vote.open'>) => () =>
    action.run(() => sendVoteCommand(boardId, identity.token, { type, roundId: round.id }));
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
