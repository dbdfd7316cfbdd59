import { voteAccepted, voteRefused, type VoteOutcome } from './voteOutcome';
import type { RoundCloser, VoteRound } from './voteRound';

/**
 * Stops voting, by the Lead Reviewer's hand or at the end of the round's timebox; tallies stay
 * hidden until `revealRound`. A round closed once is never closed again, whoever asks.
 */
export function closeRound(round: VoteRound, now: number, closedBy: RoundCloser): VoteOutcome<VoteRound> {
  if (round.status !== 'open') return voteRefused('round_not_open', 'this vote is already closed');
  return voteAccepted({ ...round, status: 'closed', closedAt: now, closedBy });
}
