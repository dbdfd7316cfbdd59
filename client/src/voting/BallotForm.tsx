import { useState, type FormEvent } from 'react';
import { laneIds, type LaneId } from '@washup/shared/templates';
import { hasDots, remainingVotes, sameAllocations, withDots, type BallotAllocations, type VoteRound } from '@washup/shared/voting';
import { castBallot } from '../api/ballots';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BallotLane } from './BallotLane';
import { laneLabel } from './laneLabel';
import { useAction } from '../ui/useAction';

interface Props {
  round: VoteRound;
  /** The ballot already on the server (own, or a proxy being changed); empty for a first ballot. */
  initial: BallotAllocations;
  /** Whether `initial` is on the server, so an untouched form reads "your votes are in". */
  initiallySent: boolean;
  /** Set when the Lead Reviewer votes for someone in the room without a device. */
  onBehalfOf?: string;
  onCast?: () => void;
}

function statusText(changed: boolean, everSent: boolean, onBehalfOf: string | undefined): string | null {
  if (!changed) return onBehalfOf ? `Cast for ${onBehalfOf}, marked as proxied.` : 'Your votes are in. You can change them until the vote closes.';
  if (everSent) return 'Changed since you sent it: send again to replace your ballot.';
  // Said before the first ballot, when a voter wonders who will see their dots.
  return onBehalfOf ? null : 'Only you see your dots. Nobody sees anyone’s votes until the Lead Reviewer reveals the results.';
}

/**
 * A whole ballot: dots per option in each lane, within the budget and the cap; sending it again
 * replaces the last one. Only this person's own dots are ever on this device.
 */
export function BallotForm({ round, initial, initiallySent, onBehalfOf, onCast }: Props) {
  const { boardId, identity } = useBoardConnection();
  const meta = useBoardMeta();
  const [draft, setDraft] = useState<BallotAllocations>(initial);
  const [sent, setSent] = useState<BallotAllocations | null>(initiallySent ? initial : null);
  const action = useAction();
  const changed = sent === null || !sameAllocations(draft, sent);
  const left = remainingVotes(round, { allocations: draft });
  const lanes = laneIds.filter((lane) => round.lanes[lane]);
  const forWhom = onBehalfOf ? `Ballot for ${onBehalfOf}` : 'Your ballot';

  const setCount = (lane: LaneId, optionId: string, count: number) => setDraft((current) => withDots(current, lane, optionId, count));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const casting = draft;
    action.run(async () => {
      await castBallot(boardId, identity.token, round.id, casting, onBehalfOf);
      setSent(casting);
      onCast?.();
    });
  };

  const idPrefix = onBehalfOf ? 'proxy-ballot' : 'ballot';
  return (
    <form className="ballot" onSubmit={submit} aria-label={forWhom}>
      {lanes.map((lane) => (
        <BallotLane key={lane} round={round} lane={lane} draft={draft} idPrefix={idPrefix} disabled={action.busy} onChange={(id, n) => setCount(lane, id, n)} />
      ))}
      <div className="ballot__bar">
        {action.error ? <ErrorAlert title={onBehalfOf ? `${onBehalfOf}'s ballot was not cast` : 'Your votes were not sent'}>{action.error}</ErrorAlert> : null}
        <div className="ballot__bar-row">
          <p className="ballot__left" aria-live="polite">
            {lanes.map((lane) => (
              <span key={lane}>
                {laneLabel(meta, lane)}: <strong>{left[lane] ?? 0}</strong> left
              </span>
            ))}
          </p>
          {changed ? (
            <button type="submit" className="button button--primary" disabled={action.busy || (sent === null && !hasDots(draft))}>
              {action.busy ? 'Sending…' : onBehalfOf ? `Cast for ${onBehalfOf}` : sent === null ? 'Cast my votes' : 'Update my votes'}
            </button>
          ) : null}
        </div>
        <p className="ballot__status" role="status" data-tone={changed ? 'pending' : 'sent'}>
          {statusText(changed, sent !== null, onBehalfOf)}
        </p>
      </div>
    </form>
  );
}
