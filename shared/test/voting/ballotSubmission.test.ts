import { describe, expect, it } from 'vitest';
import { ballotSchema, proxyVoterId } from '../../src/voting/ballot';
import { ballotFromSubmission, ballotSubmissionSchema } from '../../src/voting/ballotSubmission';
import { validateBallot } from '../../src/voting/validateBallot';
import { facilitator, reviewer, roundWith } from './support/rounds';

const caster = { id: reviewer.id, name: 'Rae' };

describe('ballotFromSubmission', () => {
  it("files a voter's own ballot under their token's id and name", () => {
    const submission = ballotSubmissionSchema.parse({ roundId: 'round-1', allocations: { strengths: { s1: 1 } } });
    expect(ballotFromSubmission(submission, caster)).toEqual({
      roundId: 'round-1',
      voterId: reviewer.id,
      voterName: 'Rae',
      proxied: false,
      allocations: { strengths: { s1: 1 } },
    });
  });

  it('files a proxy under the named person, marked with the facilitator', () => {
    const submission = ballotSubmissionSchema.parse({ roundId: 'round-1', allocations: {}, onBehalfOf: { name: '  Sam  Patel ' } });
    expect(ballotFromSubmission(submission, { id: facilitator.id, name: 'Lee' })).toEqual({
      roundId: 'round-1',
      voterId: 'proxy:sam patel',
      voterName: 'Sam  Patel',
      proxied: true,
      proxiedBy: facilitator.id,
      allocations: {},
    });
  });

  it('makes ballots the rules accept, or refuse for a proxy from a reviewer', () => {
    const round = roundWith();
    const own = ballotFromSubmission({ roundId: round.id, allocations: { strengths: { s2: 1 } } }, caster);
    expect(validateBallot(round, own, reviewer).ok).toBe(true);
    const proxy = ballotFromSubmission({ roundId: round.id, allocations: {}, onBehalfOf: { name: 'Sam' } }, caster);
    expect(validateBallot(round, proxy, reviewer).ok).toBe(false);
    expect(ballotSchema.parse(proxy)).toEqual(proxy);
  });
});

describe('proxyVoterId', () => {
  it('is the same for one person however the name is typed, so a re-cast replaces', () => {
    expect(proxyVoterId('Sam Patel')).toBe(proxyVoterId(' sam   PATEL '));
    expect(proxyVoterId('Sam Patel')).not.toBe(proxyVoterId('Sam Pate'));
  });

  it('cannot clash with a participant id', () => {
    expect(proxyVoterId('x')).toContain(':');
  });
});

describe('ballotSubmissionSchema', () => {
  it.each([
    ['no round', { allocations: {} }],
    ['a lane no template has', { roundId: 'r1', allocations: { other: { s1: 1 } } }],
    ['a count that is not a number', { roundId: 'r1', allocations: { strengths: { s1: '1' } } }],
    ['an infinite count', { roundId: 'r1', allocations: { strengths: { s1: Number.POSITIVE_INFINITY } } }],
    ['NaN', { roundId: 'r1', allocations: { strengths: { s1: Number.NaN } } }],
    ['a blank proxy name', { roundId: 'r1', allocations: {}, onBehalfOf: { name: '  ' } }],
  ])('refuses %s', (_case, body) => {
    expect(ballotSubmissionSchema.safeParse(body).success).toBe(false);
  });

  it('lets negative, fractional and unknown entries through, for the rules to name', () => {
    expect(ballotSubmissionSchema.safeParse({ roundId: 'r1', allocations: { strengths: { s1: -1, 'who?': 0.5 } } }).success).toBe(true);
  });
});
