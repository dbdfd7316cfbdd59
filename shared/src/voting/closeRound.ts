import { accepted, refused, type VoteOutcome } from './voteOutcome';
import type { VoteRound } from './voteRound';

/** Stops voting; tallies stay hidden until `revealRound`, so the facilitator chooses the moment. */
export function closeRound(round: VoteRound, now: number): VoteOutcome<VoteRound> {
  if (round.status !== 'open') return refused('round_not_open', 'this vote is already closed');
  return accepted({ ...round, status: 'closed', closedAt: now });
}
