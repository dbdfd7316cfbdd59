import { describe, expect, it } from 'vitest';
import { countVoters, hasVotes, latestBallots } from '../../src/voting/ballotBox';
import { ballotFor, roundWith } from './support/rounds';

const round = roundWith({ budget: 3 });

describe('latestBallots', () => {
  it("keeps each voter's last ballot, sorted by voter", () => {
    const first = ballotFor(round, 'v2', { strengths: { s1: 1 } });
    const other = ballotFor(round, 'v1', { strengths: { s2: 1 } });
    const recast = ballotFor(round, 'v2', { strengths: { s3: 2 } });
    expect(latestBallots([first, other, recast])).toEqual([other, recast]);
  });
});

describe('countVoters', () => {
  it('counts people, not ballots', () => {
    const ballots = ['v1', 'v2', 'v1'].map((voter) => ballotFor(round, voter, { strengths: { s1: 1 } }));
    expect(countVoters(ballots)).toBe(2);
  });

  it('treats a ballot re-cast empty as a vote withdrawn', () => {
    const ballots = [ballotFor(round, 'v1', { strengths: { s1: 1 } }), ballotFor(round, 'v1', { strengths: { s1: 0 } })];
    expect(countVoters(ballots)).toBe(0);
    expect(hasVotes(ballotFor(round, 'v1', {}))).toBe(false);
  });
});
