import type { Ballot } from './ballot';

/**
 * Each voter's ballot that counts: the last one they cast, since casting again replaces the whole
 * ballot. Pass ballots in the order they were cast. Sorted by voter id so what follows doesn't
 * depend on arrival order.
 */
export function latestBallots(ballots: readonly Ballot[]): Ballot[] {
  const latest = new Map<string, Ballot>();
  for (const ballot of ballots) latest.set(ballot.voterId, ballot);
  return [...latest.values()].sort((a, b) => (a.voterId < b.voterId ? -1 : a.voterId > b.voterId ? 1 : 0));
}

export function hasVotes(ballot: Ballot): boolean {
  return Object.values(ballot.allocations).some((lane) => Object.values(lane ?? {}).some((count) => count > 0));
}

/**
 * How many people have voted, the one thing everyone may see while a round is open. A ballot
 * re-cast empty is a vote withdrawn, so it doesn't count.
 */
export function countVoters(ballots: readonly Ballot[]): number {
  return latestBallots(ballots).filter(hasVotes).length;
}
