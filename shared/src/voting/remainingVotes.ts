import { laneIds, type LaneId } from '../templates/schema';
import type { Ballot } from './ballot';
import type { VoteRound } from './voteRound';

/**
 * Votes left per ballot of the round, for the voter's own screen; every lane's full budget before any
 * ballot. Takes only the allocations, so a draft still being edited on the device counts the same way.
 */
export function remainingVotes(round: VoteRound, ballot: Pick<Ballot, 'allocations'> | null | undefined): Partial<Record<LaneId, number>> {
  const remaining: Partial<Record<LaneId, number>> = {};
  for (const lane of laneIds) {
    const spec = round.lanes[lane];
    if (!spec) continue;
    const counts = Object.values(ballot?.allocations[lane] ?? {});
    const spent = counts.reduce((sum, count) => sum + (count > 0 ? count : 0), 0);
    // Clamped so a draft the client hasn't validated yet never shows a negative count.
    remaining[lane] = Math.max(0, spec.budget - spent);
  }
  return remaining;
}
