import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laneIds, type LaneId } from '../../src/templates/schema';
import type { Ballot, BallotAllocations } from '../../src/voting/ballot';
import { remainingVotes } from '../../src/voting/remainingVotes';
import { tallyBallots } from '../../src/voting/tally';
import { validateBallot } from '../../src/voting/validateBallot';
import type { VoteRound } from '../../src/voting/voteRound';
import { ballotFor, reviewer, roundArb, spentIn, validAllocationsArb } from './support/rounds';

const runs = { numRuns: 200 };

/** A round, a valid ballot for it, and one of the round's lanes to break. */
const roundWithBallot = roundArb.chain((round) =>
  fc.record({
    round: fc.constant(round),
    allocations: validAllocationsArb(round),
    lane: fc.constantFrom(...laneIds.filter((lane) => round.lanes[lane])),
  }),
);

function codeOf(round: VoteRound, allocations: BallotAllocations): string {
  const outcome = validateBallot(round, ballotFor(round, reviewer.id, allocations), reviewer);
  return outcome.ok ? 'ok' : outcome.error.code;
}

function optionIds(round: VoteRound, lane: LaneId): string[] {
  return round.lanes[lane]?.options.map((option) => option.id) ?? [];
}

describe('ballot rules, for any round', () => {
  it('accept any ballot within cap and budget, and leave budget minus spent', () => {
    fc.assert(
      fc.property(roundWithBallot, ({ round, allocations }) => {
        expect(codeOf(round, allocations)).toBe('ok');
        const remaining = remainingVotes(round, ballotFor(round, reviewer.id, allocations));
        for (const lane of laneIds) {
          const spec = round.lanes[lane];
          if (spec) expect(remaining[lane]).toBe(spec.budget - spentIn(allocations, lane));
        }
      }),
      runs,
    );
  });

  it('refuse more than the budget on a lane with over_budget', () => {
    const overBudget = roundWithBallot
      .filter(({ round, lane }) => {
        const spec = round.lanes[lane];
        return !!spec && spec.options.length * spec.capPerOption > spec.budget;
      })
      .chain((value) => {
        const spec = value.round.lanes[value.lane];
        const room = spec ? spec.options.length * spec.capPerOption - spec.budget : 1;
        const ids = optionIds(value.round, value.lane);
        return fc.record({
          value: fc.constant(value),
          extra: fc.integer({ min: 1, max: room }),
          order: fc.shuffledSubarray(ids, { minLength: ids.length }),
        });
      });
    fc.assert(
      fc.property(overBudget, ({ value: { round, allocations, lane }, extra, order }) => {
        const spec = round.lanes[lane];
        if (!spec) throw new Error('lane missing');
        let left = spec.budget + extra;
        const overspent = Object.fromEntries(
          order.map((id) => {
            const count = Math.min(spec.capPerOption, left);
            left -= count;
            return [id, count];
          }),
        );
        expect(codeOf(round, { ...allocations, [lane]: overspent })).toBe('over_budget');
      }),
      runs,
    );
  });

  it('refuse more than the cap on an option with over_cap', () => {
    const overCap = roundWithBallot.chain((value) =>
      fc.record({
        value: fc.constant(value),
        optionId: fc.constantFrom(...optionIds(value.round, value.lane)),
        excess: fc.integer({ min: 1, max: 20 }),
      }),
    );
    fc.assert(
      fc.property(overCap, ({ value: { round, allocations, lane }, optionId, excess }) => {
        const cap = round.lanes[lane]?.capPerOption ?? 0;
        expect(codeOf(round, { ...allocations, [lane]: { ...allocations[lane], [optionId]: cap + excess } })).toBe('over_cap');
      }),
      runs,
    );
  });

  it('refuse an option not in the round with unknown_option, whatever its count', () => {
    const unknown = roundWithBallot.chain((value) =>
      fc.record({
        value: fc.constant(value),
        optionId: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/).filter((id) => !optionIds(value.round, value.lane).includes(id)),
        count: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ min: -5, max: 5, noNaN: true })),
      }),
    );
    fc.assert(
      fc.property(unknown, ({ value: { round, allocations, lane }, optionId, count }) => {
        expect(codeOf(round, { ...allocations, [lane]: { ...allocations[lane], [optionId]: count } })).toBe('unknown_option');
      }),
      runs,
    );
  });

  it('refuse a negative or fractional count with negative_or_fractional', () => {
    const badCount = fc.oneof(
      fc.integer({ min: -100, max: -1 }),
      fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }).filter((count) => !Number.isInteger(count)),
    );
    const bad = roundWithBallot.chain((value) =>
      fc.record({ value: fc.constant(value), optionId: fc.constantFrom(...optionIds(value.round, value.lane)), count: badCount }),
    );
    fc.assert(
      fc.property(bad, ({ value: { round, allocations, lane }, optionId, count }) => {
        expect(codeOf(round, { ...allocations, [lane]: { ...allocations[lane], [optionId]: count } })).toBe('negative_or_fractional');
      }),
      runs,
    );
  });
});

/** A round and a run of valid casts by up to six voters, some casting more than once. */
const castsArb = roundArb.chain((round) =>
  fc.record({
    round: fc.constant(round),
    casts: fc.array(fc.record({ voter: fc.integer({ min: 0, max: 5 }), allocations: validAllocationsArb(round) }), { maxLength: 15 }),
  }),
);

function ballotsOf(round: VoteRound, casts: readonly { voter: number; allocations: BallotAllocations }[]): Ballot[] {
  return casts.map(({ voter, allocations }) => ballotFor(round, `voter-${voter}`, allocations));
}

describe('tallies, for any run of ballots', () => {
  it("equal the sum of each voter's last ballot", () => {
    fc.assert(
      fc.property(castsArb, ({ round, casts }) => {
        const last = new Map<number, BallotAllocations>();
        for (const cast of casts) last.set(cast.voter, cast.allocations);
        const tally = tallyBallots(round, ballotsOf(round, casts));
        for (const lane of laneIds) {
          const laneTally = tally.lanes[lane];
          if (!round.lanes[lane]) {
            expect(laneTally).toBeUndefined();
            continue;
          }
          for (const entry of laneTally?.ranked ?? []) {
            const expected = [...last.values()].reduce((sum, allocations) => sum + (allocations[lane]?.[entry.optionId] ?? 0), 0);
            expect(entry.votes).toBe(expected);
          }
          expect(laneTally?.ranked.map((entry) => entry.optionId).sort()).toEqual(optionIds(round, lane).sort());
          expect(laneTally?.voterCount).toBe([...last.values()].filter((allocations) => spentIn(allocations, lane) > 0).length);
        }
      }),
      runs,
    );
  });

  it('forget a re-cast ballot entirely: the same as if only the new one had been cast', () => {
    const recast = castsArb.chain(({ round, casts }) =>
      fc.record({
        round: fc.constant(round),
        casts: fc.constant(casts),
        voter: fc.integer({ min: 0, max: 5 }),
        first: validAllocationsArb(round),
        second: validAllocationsArb(round),
      }),
    );
    fc.assert(
      fc.property(recast, ({ round, casts, voter, first, second }) => {
        const others = casts.filter((cast) => cast.voter !== voter);
        const withRecast = ballotsOf(round, [...others, { voter, allocations: first }, { voter, allocations: second }]);
        const onlySecond = ballotsOf(round, [...others, { voter, allocations: second }]);
        expect(tallyBallots(round, withRecast)).toEqual(tallyBallots(round, onlySecond));
      }),
      runs,
    );
  });

  it("are the same whatever order distinct voters' ballots arrive in, and ranked by votes", () => {
    const shuffled = castsArb.chain(({ round, casts }) => {
      const ballots = ballotsOf(round, casts.map((cast, at) => ({ voter: at, allocations: cast.allocations })));
      const order = fc.shuffledSubarray(ballots, { minLength: ballots.length });
      return fc.record({ round: fc.constant(round), ballots: fc.constant(ballots), order });
    });
    fc.assert(
      fc.property(shuffled, ({ round, ballots, order }) => {
        const tally = tallyBallots(round, ballots);
        expect(tallyBallots(round, order)).toEqual(tally);
        for (const lane of laneIds) {
          const ranked = tally.lanes[lane]?.ranked ?? [];
          ranked.forEach((entry, at) => {
            const previous = ranked[at - 1];
            if (!previous) return expect(entry.rank).toBe(1);
            expect(previous.votes).toBeGreaterThanOrEqual(entry.votes);
            expect(entry.rank).toBe(previous.votes === entry.votes ? previous.rank : at + 1);
          });
        }
      }),
      runs,
    );
  });
});
