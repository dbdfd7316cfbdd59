import fc from 'fast-check';
import type { Ballot, BallotAllocations } from '../../../src/voting/ballot';
import type { VoteCandidate } from '../../../src/voting/buildOptions';
import { openRound, type OpenRoundInput } from '../../../src/voting/openRound';
import type { BallotVoter } from '../../../src/voting/validateBallot';
import type { VoteOutcome, VoteRuleError } from '../../../src/voting/voteOutcome';
import type { VoteRound, VoteRoundConfigInput } from '../../../src/voting/voteRound';
import { laneIds, type LaneId } from '../../../src/templates/schema';

export const openedAt = 1_700_000_000_000;

export const facilitator: BallotVoter = { id: 'fac-1', role: 'facilitator' };
export const reviewer: BallotVoter = { id: 'rev-1', role: 'reviewer' };
export const host: BallotVoter = { id: 'host-1', role: 'host' };
export const observer: BallotVoter = { id: 'obs-1', role: 'observer' };

const theme = (id: string, headingId: string, lane: LaneId, label = `Theme ${id}`): VoteCandidate => ({
  id,
  kind: 'theme',
  label,
  headingId,
  lane,
});

/** Two headings; h1 has three strengths themes and two next-steps themes, h2 one of each, plus loose cards. */
export const boardCandidates: VoteCandidate[] = [
  theme('s1', 'h1', 'strengths', 'Reading culture'),
  theme('s2', 'h1', 'strengths', 'Feedback in books'),
  theme('s3', 'h1', 'strengths', 'Pupil talk'),
  theme('n1', 'h1', 'nextSteps', 'Challenge for the most able'),
  theme('n2', 'h1', 'nextSteps', 'Consistency of marking'),
  theme('s4', 'h2', 'strengths', 'Governor oversight'),
  theme('n3', 'h2', 'nextSteps', 'Attendance of disadvantaged pupils'),
  { id: 'c1', kind: 'card', label: 'Year 5 pupils explained fractions to each other', headingId: 'h1', lane: 'strengths' },
  { id: 'c2', kind: 'card', label: 'Marking policy not followed in Year 3', headingId: 'h1', lane: 'nextSteps' },
];

export function unwrap<T>(outcome: VoteOutcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

export function errorOf<T>(outcome: VoteOutcome<T>): VoteRuleError {
  if (outcome.ok) throw new Error('expected a refusal, got success');
  return outcome.error;
}

/** An open round over `boardCandidates`: heading h1, strengths only, unless told otherwise. */
export function roundWith(config: Partial<VoteRoundConfigInput> = {}, input: Partial<OpenRoundInput> = {}): VoteRound {
  return unwrap(
    openRound({
      id: 'round-1',
      config: { scope: { kind: 'heading', headingId: 'h1' }, lanes: ['strengths'], ...config },
      candidates: boardCandidates,
      openedBy: facilitator.id,
      now: openedAt,
      ...input,
    }),
  );
}

export function ballotFor(round: VoteRound, voterId: string, allocations: BallotAllocations, overrides: Partial<Ballot> = {}): Ballot {
  return { roundId: round.id, voterId, voterName: `Name of ${voterId}`, proxied: false, allocations, ...overrides };
}

// ---- fast-check arbitraries ----

/** An open round with 1 to 12 options per lane, any budget from 1 to 10 (or the default) and cap from 1 to 4. */
export const roundArb: fc.Arbitrary<VoteRound> = fc
  .record({
    lanes: fc.subarray([...laneIds], { minLength: 1 }),
    strengths: fc.integer({ min: 1, max: 12 }),
    nextSteps: fc.integer({ min: 1, max: 12 }),
    budget: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    capPerOption: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ lanes, strengths, nextSteps, budget, capPerOption }) => {
    const counts = { strengths, nextSteps };
    const candidates = laneIds.flatMap((lane) =>
      Array.from({ length: counts[lane] }, (_, at) => theme(`${lane}-${at}`, 'h1', lane, `Option ${at % 3}`)),
    );
    return unwrap(
      openRound({
        id: 'round-p',
        config: { scope: { kind: 'board' }, lanes, budget, capPerOption },
        candidates,
        openedBy: facilitator.id,
        now: openedAt,
      }),
    );
  });

/** Counts per option that respect the cap, cut back from the front until they fit the budget. */
function withinBudget(counts: number[], budget: number): number[] {
  let left = budget;
  return counts.map((count) => {
    const kept = Math.min(count, left);
    left -= kept;
    return kept;
  });
}

/** A valid ballot's allocations for `round`: any lanes of it, any counts within cap and budget. */
export function validAllocationsArb(round: VoteRound): fc.Arbitrary<BallotAllocations> {
  const lanes = laneIds.flatMap((lane) => {
    const spec = round.lanes[lane];
    if (!spec) return [];
    const counts = fc.array(fc.nat({ max: spec.capPerOption }), { minLength: spec.options.length, maxLength: spec.options.length });
    const allocation = fc
      .tuple(counts, fc.shuffledSubarray(spec.options, { minLength: spec.options.length }))
      .map(([values, order]) => Object.fromEntries(withinBudget(values, spec.budget).map((count, at) => [order[at]?.id ?? '', count])));
    return [fc.option(allocation.map((value) => [lane, value] as const), { nil: undefined })];
  });
  return fc.tuple(...lanes).map((entries) => Object.fromEntries(entries.filter((entry) => entry !== undefined)));
}

export function spentIn(allocations: BallotAllocations, lane: LaneId): number {
  return Object.values(allocations[lane] ?? {}).reduce((sum, count) => sum + count, 0);
}
