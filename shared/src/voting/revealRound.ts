import type { Ballot } from './ballot';
import { tallyBallots, type RevealedTally } from './tally';
import { voteAccepted, voteRefused, type VoteOutcome } from './voteOutcome';
import type { VoteRound } from './voteRound';

export interface RevealedRound {
  round: VoteRound;
  tally: RevealedTally;
}

/**
 * Publishes the tallies of a closed round. Reveal is a separate step after close so nobody, the
 * facilitator included, sees counts while votes can still change: seeing them early causes
 * bandwagoning. Revealing twice is refused, so the published tallies never change.
 */
export function revealRound(round: VoteRound, ballots: readonly Ballot[], now: number): VoteOutcome<RevealedRound> {
  if (round.status === 'open') return voteRefused('round_not_closed', 'close the vote before revealing it');
  if (round.status === 'revealed') return voteRefused('round_not_closed', 'this vote has already been revealed');
  return voteAccepted({ round: { ...round, status: 'revealed', revealedAt: now }, tally: tallyBallots(round, ballots) });
}
