import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canAddDot, dotsOn, hasDots, sameAllocations, withDots } from '../../src/voting/ballotDraft';
import { ballotFromSubmission } from '../../src/voting/ballotSubmission';
import { validateBallot } from '../../src/voting/validateBallot';
import type { BallotAllocations } from '../../src/voting/ballot';
import { laneIds } from '../../src/templates/schema';
import { reviewer, roundArb, roundWith } from './support/rounds';

const round = roundWith({ scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], budget: 3, capPerOption: 2 });

describe('a draft ballot on the voter’s screen', () => {
  it('adds and removes dots, dropping zero entries and empty lanes', () => {
    let draft: BallotAllocations = {};
    draft = withDots(draft, 'strengths', 's1', 2);
    draft = withDots(draft, 'nextSteps', 'n1', 1);
    expect(draft).toEqual({ strengths: { s1: 2 }, nextSteps: { n1: 1 } });
    expect(dotsOn(draft, 'strengths', 's1')).toBe(2);
    draft = withDots(draft, 'nextSteps', 'n1', 0);
    expect(draft).toEqual({ strengths: { s1: 2 } });
    expect(dotsOn(draft, 'nextSteps', 'n1')).toBe(0);
  });

  it('allows a dot only under the cap and within the lane’s budget', () => {
    const draft: BallotAllocations = { strengths: { s1: 2, s2: 1 } };
    expect(canAddDot(round, draft, 'strengths', 's1')).toBe(false); // at the cap
    expect(canAddDot(round, draft, 'strengths', 's3')).toBe(false); // budget spent
    expect(canAddDot(round, draft, 'nextSteps', 'n1')).toBe(true); // the other ballot has its own budget
    expect(canAddDot(round, draft, 'nextSteps', 'not-an-option')).toBe(false);
    expect(canAddDot(roundWith(), {}, 'nextSteps', 'n1')).toBe(false); // a lane the round does not vote on
  });

  it('compares drafts by their votes only', () => {
    expect(sameAllocations({ strengths: { s1: 1, s2: 0 } }, { strengths: { s1: 1 }, nextSteps: {} })).toBe(true);
    expect(sameAllocations({ strengths: { s1: 1 } }, { nextSteps: { s1: 1 } })).toBe(false);
    expect(hasDots({ strengths: {} })).toBe(false);
    expect(hasDots({ nextSteps: { n1: 1 } })).toBe(true);
  });

  it('never builds a ballot the server would refuse, whatever the clicks', () => {
    const clicks = fc.array(fc.record({ lane: fc.constantFrom(...laneIds), index: fc.nat(11), add: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(roundArb, clicks, (openRound, steps) => {
        let draft: BallotAllocations = {};
        for (const { lane, index, add } of steps) {
          const option = openRound.lanes[lane]?.options[index];
          if (!option) continue;
          const count = dotsOn(draft, lane, option.id);
          if (add && canAddDot(openRound, draft, lane, option.id)) draft = withDots(draft, lane, option.id, count + 1);
          if (!add && count > 0) draft = withDots(draft, lane, option.id, count - 1);
        }
        const ballot = ballotFromSubmission({ roundId: openRound.id, allocations: draft }, { id: reviewer.id, name: 'Rae' });
        expect(validateBallot(openRound, ballot, reviewer).ok).toBe(true);
      }),
    );
  });
});
