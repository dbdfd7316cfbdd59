import type { VoteRound } from '@washup/shared/voting';
import { BallotForm } from './BallotForm';
import type { OwnBallotState } from './useOwnBallot';

/** The voter's own ballot, started from the one already cast (after a reload or on a second device). */
export function OwnBallot({ round, own }: { round: VoteRound; own: OwnBallotState }) {
  if (!own.loaded) return <p className="muted">Loading your ballot…</p>;
  return (
    <>
      {own.error ? <p className="muted">
          {own.error} Your earlier ballot, if any, could not be loaded; sending now replaces it.
        </p> : null}
      <BallotForm key={round.id} round={round} initial={own.ballot?.allocations ?? {}} initiallySent={own.ballot !== null} />
    </>
  );
}
