import { describe, expect, it } from 'vitest';
import { proxyVoterId, type Ballot } from '../../src/voting/ballot';
import { validateBallot } from '../../src/voting/validateBallot';
import type { VoteRound } from '../../src/voting/voteRound';
import { ballotFor, errorOf, facilitator, host, observer, reviewer, roundWith, unwrap } from './support/rounds';

/** Both lanes of heading h1: strengths s1-s3 and next steps n1-n2, 3 votes each, at most 2 on one option. */
const round: VoteRound = roundWith({ lanes: ['strengths', 'nextSteps'], budget: 3 });
const own = (allocations: Ballot['allocations'], overrides: Partial<Ballot> = {}) => ballotFor(round, reviewer.id, allocations, overrides);
const proxied = (name: string, allocations: Ballot['allocations'] = { strengths: { s1: 1 } }): Ballot => ({
  roundId: round.id,
  voterId: proxyVoterId(name),
  voterName: name,
  proxied: true,
  proxiedBy: facilitator.id,
  allocations,
});

describe('validateBallot accepts', () => {
  it('a full ballot on both lanes', () => {
    const ballot = own({ strengths: { s1: 2, s2: 1 }, nextSteps: { n1: 1, n2: 2 } });
    expect(validateBallot(round, ballot, reviewer)).toEqual({ ok: true, value: ballot });
  });

  it('a partial or empty ballot: spending every vote is not required', () => {
    expect(validateBallot(round, own({ strengths: { s3: 1 } }), reviewer).ok).toBe(true);
    expect(validateBallot(round, own({}), reviewer).ok).toBe(true);
  });

  it('and drops zero counts and emptied lanes from what it returns', () => {
    const ballot = own({ strengths: { s1: 0, s2: 2 }, nextSteps: { n1: 0 } });
    expect(unwrap(validateBallot(round, ballot, reviewer)).allocations).toEqual({ strengths: { s2: 2 } });
  });

  it("the facilitator's own ballot", () => {
    expect(validateBallot(round, ballotFor(round, facilitator.id, { strengths: { s1: 1 } }), facilitator).ok).toBe(true);
  });

  it('a host, when the round lets hosts vote', () => {
    const withHost = roundWith({ eligibleRoles: ['facilitator', 'reviewer', 'host'] });
    expect(validateBallot(withHost, ballotFor(withHost, host.id, { strengths: { s1: 1 } }), host).ok).toBe(true);
  });

  it('a ballot the facilitator casts for a named person in the room', () => {
    expect(validateBallot(round, proxied('Sam Patel'), facilitator).ok).toBe(true);
  });

  it('a proxy even when the facilitator does not vote in the round', () => {
    const reviewersOnly = roundWith({ eligibleRoles: ['reviewer'] });
    const ballot = { ...proxied('Sam Patel'), roundId: reviewersOnly.id };
    expect(validateBallot(reviewersOnly, ballot, facilitator).ok).toBe(true);
  });
});

describe('validateBallot refuses, naming the rule', () => {
  it('round_not_open: a closed or revealed round', () => {
    for (const status of ['closed', 'revealed'] as const) {
      expect(errorOf(validateBallot({ ...round, status }, own({ strengths: { s1: 1 } }), reviewer))).toEqual({
        code: 'round_not_open',
        message: 'this vote is closed; ballots can no longer be cast or changed',
      });
    }
  });

  it('wrong_round: a ballot for another round', () => {
    expect(errorOf(validateBallot(round, own({}, { roundId: 'round-0' }), reviewer)).code).toBe('wrong_round');
  });

  it('not_eligible: a host by default, an observer always', () => {
    expect(errorOf(validateBallot(round, ballotFor(round, host.id, {}), host))).toEqual({
      code: 'not_eligible',
      message: 'your role (host) does not vote in this round',
    });
    expect(errorOf(validateBallot(round, ballotFor(round, observer.id, {}), observer)).code).toBe('not_eligible');
  });

  it("not_eligible: the facilitator's own ballot when only reviewers vote", () => {
    const reviewersOnly = roundWith({ eligibleRoles: ['reviewer'] });
    expect(errorOf(validateBallot(reviewersOnly, ballotFor(reviewersOnly, facilitator.id, {}), facilitator)).code).toBe('not_eligible');
  });

  it('voter_mismatch: a ballot in someone else’s name', () => {
    expect(errorOf(validateBallot(round, ballotFor(round, 'rev-2', {}), reviewer)).code).toBe('voter_mismatch');
    expect(errorOf(validateBallot(round, own({}, { proxiedBy: facilitator.id }), reviewer)).code).toBe('voter_mismatch');
  });

  it('proxy_not_allowed: a proxy from anyone but the facilitator', () => {
    const ballot = { ...proxied('Sam'), proxiedBy: reviewer.id };
    expect(errorOf(validateBallot(round, ballot, reviewer))).toEqual({
      code: 'proxy_not_allowed',
      message: 'only the Lead Reviewer may cast a vote for someone else',
    });
  });

  it('proxy_not_allowed: a proxy not marked with the facilitator casting it', () => {
    expect(errorOf(validateBallot(round, { ...proxied('Sam'), proxiedBy: 'fac-2' }, facilitator)).code).toBe('proxy_not_allowed');
    const { proxiedBy: _dropped, ...unmarked } = proxied('Sam');
    expect(errorOf(validateBallot(round, unmarked, facilitator)).code).toBe('proxy_not_allowed');
  });

  it('voter_mismatch: a proxy filed under an id other than its name', () => {
    expect(errorOf(validateBallot(round, { ...proxied('Sam'), voterId: reviewer.id }, facilitator)).code).toBe('voter_mismatch');
  });

  it('unknown_lane: votes on a lane the round does not have', () => {
    const strengthsOnly = roundWith();
    const ballot = ballotFor(strengthsOnly, reviewer.id, { strengths: { s1: 1 }, nextSteps: { n1: 1 } });
    expect(errorOf(validateBallot(strengthsOnly, ballot, reviewer))).toEqual({
      code: 'unknown_lane',
      message: 'this vote has no nextSteps ballot',
      lane: 'nextSteps',
    });
    // An empty lane is harmless: a client may always send both.
    expect(validateBallot(strengthsOnly, ballotFor(strengthsOnly, reviewer.id, { strengths: { s1: 1 }, nextSteps: {} }), reviewer).ok).toBe(true);
  });

  it('unknown_option: an option not frozen into the round, or one from the other lane', () => {
    expect(errorOf(validateBallot(round, own({ strengths: { s4: 1 } }), reviewer))).toEqual({
      code: 'unknown_option',
      message: '"s4" is not an option in this vote',
      lane: 'strengths',
      optionId: 's4',
    });
    expect(errorOf(validateBallot(round, own({ strengths: { n1: 1 } }), reviewer)).code).toBe('unknown_option');
  });

  it.each([-1, 0.5, 1.25])('negative_or_fractional: a count of %d', (count) => {
    expect(errorOf(validateBallot(round, own({ strengths: { s1: 1, s2: count } }), reviewer))).toEqual({
      code: 'negative_or_fractional',
      message: `votes are whole numbers of zero or more, not ${count}`,
      lane: 'strengths',
      optionId: 's2',
    });
  });

  it('over_cap: more than the cap on one option', () => {
    expect(errorOf(validateBallot(round, own({ nextSteps: { n2: 3 } }), reviewer))).toEqual({
      code: 'over_cap',
      message: 'at most 2 votes may go on one option',
      lane: 'nextSteps',
      optionId: 'n2',
    });
  });

  it('over_budget: more than the budget on one ballot, each lane counted apart', () => {
    expect(errorOf(validateBallot(round, own({ strengths: { s1: 2, s2: 1 }, nextSteps: { n1: 2, n2: 2 } }), reviewer))).toEqual({
      code: 'over_budget',
      message: '4 votes cast but each person has 3 for this ballot',
      lane: 'nextSteps',
    });
  });

  it('with the first rule broken when several are', () => {
    const allWrong = own({ strengths: { s1: 5, s2: -1, zz: 1 } });
    expect(errorOf(validateBallot({ ...round, status: 'closed' }, allWrong, observer)).code).toBe('round_not_open');
    expect(errorOf(validateBallot(round, allWrong, observer)).code).toBe('not_eligible');
    expect(errorOf(validateBallot(round, allWrong, reviewer)).code).toBe('unknown_option');
    expect(errorOf(validateBallot(round, own({ strengths: { s1: 5, s2: -1 } }), reviewer)).code).toBe('negative_or_fractional');
    expect(errorOf(validateBallot(round, own({ strengths: { s1: 3, s2: 2 } }), reviewer)).code).toBe('over_cap');
  });
});
