import { voteAccepted, voteRefused, type VoteOutcome } from './voteOutcome';
import type { VoteRound } from './voteRound';

/** Stops voting; tallies stay hidden until `revealRound`, so the facilitator chooses the moment. */
export function closeRound(round: VoteRound, now: number): VoteOutcome<VoteRound> {
  if (round.status !== 'open') return voteRefused('round_not_open', 'this vote is already closed');
  return voteAccepted({ ...round, status: 'closed', closedAt: now });
}
