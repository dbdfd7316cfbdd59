import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { laneIds, laneIdSchema, type LaneId } from '../templates/schema';
import { latestBallots } from './ballotBox';
import type { Ballot } from './ballot';
import { voteOptionKindSchema, type VoteLane, type VoteRound } from './voteRound';

/** One option's result: a count only, never who gave it. */
export const tallyEntrySchema = z.object({
  optionId: recordIdSchema,
  kind: voteOptionKindSchema,
  label: z.string(),
  headingId: recordIdSchema,
  votes: z.number().int().nonnegative(),
  /** Competition ranking: equal votes share a rank and the next rank skips (1, 2, 2, 4). */
  rank: z.number().int().positive(),
});

export const laneTallySchema = z.object({
  /** Every option, unvoted ones included, most votes first. */
  ranked: z.array(tallyEntrySchema),
  /** People who put at least one vote on this ballot. */
  voterCount: z.number().int().nonnegative(),
  totalVotes: z.number().int().nonnegative(),
});

/** What a reveal publishes to the relay doc: anonymous counts, per ballot of the round. */
export const revealedTallySchema = z.object({
  roundId: recordIdSchema,
  lanes: z.partialRecord(laneIdSchema, laneTallySchema),
  /** People who voted on any ballot of the round. */
  voterCount: z.number().int().nonnegative(),
  /** Of those, how many the facilitator voted for, so the room can see how the count was made. */
  proxiedVoterCount: z.number().int().nonnegative(),
});

export type TallyEntry = z.infer<typeof tallyEntrySchema>;
export type LaneTally = z.infer<typeof laneTallySchema>;
export type RevealedTally = z.infer<typeof revealedTallySchema>;

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Ranked = Pick<TallyEntry, 'votes' | 'label' | 'optionId'>;

/**
 * Most votes first; ties by label, then id. Labels compare by lower-cased code units rather than a
 * locale collation, because collations differ between browsers and Node and every screen must show
 * the same order.
 */
export function compareTallyEntries(a: Ranked, b: Ranked): number {
  return (
    b.votes - a.votes ||
    compareCodeUnits(a.label.toLowerCase(), b.label.toLowerCase()) ||
    compareCodeUnits(a.label, b.label) ||
    compareCodeUnits(a.optionId, b.optionId)
  );
}

/** A ballot's counts are checked when it is cast; here anything not a positive whole number adds nothing. */
function countOf(ballot: Ballot, lane: LaneId, optionId: string): number {
  const count = ballot.allocations[lane]?.[optionId] ?? 0;
  return Number.isInteger(count) && count > 0 ? count : 0;
}

function tallyLane(lane: LaneId, spec: VoteLane, ballots: readonly Ballot[]): { tally: LaneTally; voters: Set<string> } {
  const voters = new Set<string>();
  const entries = spec.options.map((option) => {
    let votes = 0;
    for (const ballot of ballots) {
      const count = countOf(ballot, lane, option.id);
      if (count > 0) voters.add(ballot.voterId);
      votes += count;
    }
    return { optionId: option.id, kind: option.kind, label: option.label, headingId: option.headingId, votes };
  });
  entries.sort(compareTallyEntries);
  let rank = 0;
  const ranked = entries.map((entry, index) => {
    if (entries[index - 1]?.votes !== entry.votes) rank = index + 1;
    return { ...entry, rank };
  });
  const totalVotes = entries.reduce((sum, entry) => sum + entry.votes, 0);
  return { tally: { ranked, voterCount: voters.size, totalVotes }, voters };
}

/**
 * Adds up the round's ballots: the last one of each voter, on the round's frozen options only.
 * Ballots of other rounds are left out. The result is the same whatever order distinct voters'
 * ballots arrive in.
 */
export function tallyBallots(round: VoteRound, ballots: readonly Ballot[]): RevealedTally {
  const counted = latestBallots(ballots.filter((ballot) => ballot.roundId === round.id));
  const lanes: RevealedTally['lanes'] = {};
  const voters = new Set<string>();
  for (const lane of laneIds) {
    const spec = round.lanes[lane];
    if (!spec) continue;
    const result = tallyLane(lane, spec, counted);
    lanes[lane] = result.tally;
    for (const voter of result.voters) voters.add(voter);
  }
  const proxiedVoterCount = counted.filter((ballot) => ballot.proxied && voters.has(ballot.voterId)).length;
  return { roundId: round.id, lanes, voterCount: voters.size, proxiedVoterCount };
}
