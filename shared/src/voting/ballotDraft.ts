import type { LaneId } from '../templates/schema';
import type { BallotAllocations } from './ballot';
import { remainingVotes } from './remainingVotes';
import type { VoteRound } from './voteRound';

/** Dots on one option of a draft ballot; none when the option was never touched. */
export function dotsOn(allocations: BallotAllocations, lane: LaneId, optionId: string): number {
  return allocations[lane]?.[optionId] ?? 0;
}

/**
 * The draft with `count` dots on one option. Zero removes the entry, so a draft that went up and back
 * down equals one never touched (and "changed since sent" compares honestly).
 */
export function withDots(allocations: BallotAllocations, lane: LaneId, optionId: string, count: number): BallotAllocations {
  const laneDots = { ...allocations[lane] };
  if (count > 0) laneDots[optionId] = count;
  else delete laneDots[optionId];
  const next: BallotAllocations = { ...allocations };
  if (Object.keys(laneDots).length > 0) next[lane] = laneDots;
  else delete next[lane];
  return next;
}

/**
 * Whether one more dot may go on the option: under its cap and with budget left in its lane. The
 * voter's screen disables "+" with this, so the server's refusals are for races, not everyday use.
 */
export function canAddDot(round: VoteRound, allocations: BallotAllocations, lane: LaneId, optionId: string): boolean {
  const spec = round.lanes[lane];
  if (!spec?.options.some((option) => option.id === optionId)) return false;
  return dotsOn(allocations, lane, optionId) < spec.capPerOption && (remainingVotes(round, { allocations })[lane] ?? 0) > 0;
}

/** Two drafts give the same votes (entry order and zero entries aside). */
export function sameAllocations(a: BallotAllocations, b: BallotAllocations): boolean {
  const entries = (allocations: BallotAllocations) =>
    Object.entries(allocations)
      .flatMap(([lane, dots]) => Object.entries(dots ?? {}).filter(([, count]) => count > 0).map(([id, count]) => `${lane}/${id}=${count}`))
      .sort()
      .join(',');
  return entries(a) === entries(b);
}

/** Whether the draft puts any dot anywhere: an empty first ballot is not worth sending. */
export function hasDots(allocations: BallotAllocations): boolean {
  return Object.values(allocations).some((dots) => Object.values(dots ?? {}).some((count) => count > 0));
}
