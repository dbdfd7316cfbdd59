import { describe, expect, it } from 'vitest';
import { remainingVotes } from '../../src/voting/remainingVotes';
import { ballotFor, reviewer, roundWith } from './support/rounds';

const round = roundWith({ lanes: ['strengths', 'nextSteps'], budget: 3 });

describe('remainingVotes', () => {
  it('is the whole budget of each lane before any ballot', () => {
    expect(remainingVotes(round, null)).toEqual({ strengths: 3, nextSteps: 3 });
    expect(remainingVotes(round, undefined)).toEqual({ strengths: 3, nextSteps: 3 });
  });

  it('counts each lane apart', () => {
    expect(remainingVotes(round, ballotFor(round, reviewer.id, { strengths: { s1: 2 } }))).toEqual({ strengths: 1, nextSteps: 3 });
    expect(remainingVotes(round, ballotFor(round, reviewer.id, { strengths: { s1: 2, s2: 1 }, nextSteps: { n1: 1 } }))).toEqual({
      strengths: 0,
      nextSteps: 2,
    });
  });

  it('never goes below zero, nor counts negative entries as refunds, for a draft not yet checked', () => {
    expect(remainingVotes(round, ballotFor(round, reviewer.id, { strengths: { s1: 2, s2: 2 } })).strengths).toBe(0);
    expect(remainingVotes(round, ballotFor(round, reviewer.id, { strengths: { s1: -5 } })).strengths).toBe(3);
  });

  it('has only the lanes of the round', () => {
    expect(remainingVotes(roundWith(), null)).toEqual({ strengths: 1 });
  });
});
