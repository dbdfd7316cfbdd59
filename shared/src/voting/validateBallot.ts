import type { Role } from '../auth/roles';
import { laneIds, type LaneId } from '../templates/schema';
import { proxyVoterId, type Ballot, type LaneAllocations } from './ballot';
import { voteAccepted, voteRefused, type VoteOutcome } from './voteOutcome';
import type { VoteLane, VoteRound } from './voteRound';

/** Who is casting, from their token: themselves, or the facilitator casting for someone else. */
export interface BallotVoter {
  id: string;
  role: Role;
}

type Entry = { lane: LaneId; spec: VoteLane | undefined; optionId: string; count: number };

function entriesOf(round: VoteRound, ballot: Ballot): Entry[] {
  return laneIds.flatMap((lane) => {
    const allocations: LaneAllocations = ballot.allocations[lane] ?? {};
    return Object.entries(allocations).map(([optionId, count]) => ({ lane, spec: round.lanes[lane], optionId, count }));
  });
}

function checkVoter(round: VoteRound, ballot: Ballot, voter: BallotVoter): VoteOutcome<Ballot> | null {
  if (ballot.proxied) {
    // The person voted for has no device and no role here: the facilitator vouches for them.
    if (voter.role !== 'facilitator') return voteRefused('proxy_not_allowed', 'only the Lead Reviewer may cast a vote for someone else');
    if (ballot.proxiedBy !== voter.id) return voteRefused('proxy_not_allowed', 'a proxied ballot must be marked with the facilitator who cast it');
    if (ballot.voterId !== proxyVoterId(ballot.voterName)) {
      return voteRefused('voter_mismatch', 'a proxied ballot must be filed under the name of the person it is for');
    }
    return null;
  }
  if (!round.config.eligibleRoles.some((role) => role === voter.role)) {
    return voteRefused('not_eligible', `your role (${voter.role}) does not vote in this round`);
  }
  if (ballot.voterId !== voter.id || ballot.proxiedBy !== undefined) {
    return voteRefused('voter_mismatch', 'you can only cast your own ballot');
  }
  return null;
}

/**
 * Checks a ballot against its round, in a fixed order so the error names the first rule broken:
 * the round (open, this round), the voter (eligible, themselves, proxy rights), then the allocations
 * (lane, option, whole non-negative counts, the cap per option, the budget per lane). An empty or
 * partial ballot is valid: spending every vote is not required. Returns the ballot without its
 * zero entries, ready to store.
 */
export function validateBallot(round: VoteRound, ballot: Ballot, voter: BallotVoter): VoteOutcome<Ballot> {
  if (round.status !== 'open') return voteRefused('round_not_open', 'this vote is closed; ballots can no longer be cast or changed');
  if (ballot.roundId !== round.id) return voteRefused('wrong_round', 'this ballot is for another vote; reload to see the current one');

  const voterError = checkVoter(round, ballot, voter);
  if (voterError) return voterError;

  const entries = entriesOf(round, ballot);
  // A lane the round doesn't vote on may be sent empty (a client may always send both lanes).
  const strayLane = entries.find((entry) => !entry.spec);
  if (strayLane) {
    return voteRefused('unknown_lane', `this vote has no ${strayLane.lane} ballot`, { lane: strayLane.lane });
  }
  const unknown = entries.find((entry) => !entry.spec?.options.some((option) => option.id === entry.optionId));
  if (unknown) {
    return voteRefused('unknown_option', `"${unknown.optionId}" is not an option in this vote`, { lane: unknown.lane, optionId: unknown.optionId });
  }
  const badCount = entries.find((entry) => !Number.isInteger(entry.count) || entry.count < 0);
  if (badCount) {
    return voteRefused('negative_or_fractional', `votes are whole numbers of zero or more, not ${badCount.count}`, {
      lane: badCount.lane,
      optionId: badCount.optionId,
    });
  }
  const overCap = entries.find((entry) => entry.spec && entry.count > entry.spec.capPerOption);
  if (overCap?.spec) {
    return voteRefused('over_cap', `at most ${overCap.spec.capPerOption} votes may go on one option`, {
      lane: overCap.lane,
      optionId: overCap.optionId,
    });
  }
  for (const lane of laneIds) {
    const spec = round.lanes[lane];
    if (!spec) continue;
    const spent = entries.filter((entry) => entry.lane === lane).reduce((sum, entry) => sum + entry.count, 0);
    if (spent > spec.budget) {
      return voteRefused('over_budget', `${spent} votes cast but each person has ${spec.budget} for this ballot`, { lane });
    }
  }

  return voteAccepted(withoutZeros(ballot));
}

/** Zero counts mean nothing; dropping them keeps stored ballots small and equal ballots equal. */
function withoutZeros(ballot: Ballot): Ballot {
  const allocations: Ballot['allocations'] = {};
  for (const lane of laneIds) {
    const lanes = ballot.allocations[lane];
    if (!lanes) continue;
    const kept = Object.entries(lanes).filter(([, count]) => count > 0);
    if (kept.length > 0) allocations[lane] = Object.fromEntries(kept);
  }
  return { ...ballot, allocations };
}
