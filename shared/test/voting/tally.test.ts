import { describe, expect, it } from 'vitest';
import type { VoteCandidate } from '../../src/voting/buildOptions';
import { openRound } from '../../src/voting/openRound';
import { compareTallyEntries, revealedTallySchema, tallyBallots } from '../../src/voting/tally';
import { ballotFor, facilitator, openedAt, roundWith, unwrap } from './support/rounds';

const round = roundWith({ scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], budget: 3 });

describe('tallyBallots', () => {
  const ballots = [
    ballotFor(round, 'v1', { strengths: { s1: 2, s3: 1 }, nextSteps: { n1: 1 } }),
    ballotFor(round, 'v2', { strengths: { s3: 2 } }),
    ballotFor(round, 'v3', { nextSteps: { n3: 2, n2: 1 } }),
    ballotFor(round, 'proxy:sam', { strengths: { s4: 1 } }, { proxied: true, proxiedBy: facilitator.id, voterName: 'Sam' }),
  ];

  it('counts votes per option, ranked, with every option listed and nobody named', () => {
    const tally = tallyBallots(round, ballots);
    expect(tally).toEqual({
      roundId: round.id,
      lanes: {
        strengths: {
          ranked: [
            { optionId: 's3', kind: 'theme', label: 'Pupil talk', headingId: 'h1', votes: 3, rank: 1 },
            { optionId: 's1', kind: 'theme', label: 'Reading culture', headingId: 'h1', votes: 2, rank: 2 },
            { optionId: 's4', kind: 'theme', label: 'Governor oversight', headingId: 'h2', votes: 1, rank: 3 },
            { optionId: 's2', kind: 'theme', label: 'Feedback in books', headingId: 'h1', votes: 0, rank: 4 },
          ],
          voterCount: 3,
          totalVotes: 6,
        },
        nextSteps: {
          ranked: [
            { optionId: 'n3', kind: 'theme', label: 'Attendance of disadvantaged pupils', headingId: 'h2', votes: 2, rank: 1 },
            { optionId: 'n1', kind: 'theme', label: 'Challenge for the most able', headingId: 'h1', votes: 1, rank: 2 },
            { optionId: 'n2', kind: 'theme', label: 'Consistency of marking', headingId: 'h1', votes: 1, rank: 2 },
          ],
          voterCount: 2,
          totalVotes: 4,
        },
      },
      voterCount: 4,
      proxiedVoterCount: 1,
    });
    expect(revealedTallySchema.parse(tally)).toEqual(tally);
    expect(JSON.stringify(tally)).not.toMatch(/v1|v2|v3|sam/i);
  });

  it('breaks ties by label, case aside, then by id', () => {
    const candidates: VoteCandidate[] = [
      { id: 'b', kind: 'theme', label: 'beta', headingId: 'h1', lane: 'strengths' },
      { id: 'z', kind: 'theme', label: 'Alpha', headingId: 'h1', lane: 'strengths' },
      { id: 'a', kind: 'theme', label: 'Alpha', headingId: 'h1', lane: 'strengths' },
      { id: 'c', kind: 'theme', label: 'alpha', headingId: 'h1', lane: 'strengths' },
    ];
    const tied = unwrap(openRound({ id: 'r', config: { scope: { kind: 'board' }, lanes: ['strengths'] }, candidates, openedBy: 'f', now: openedAt }));
    const ranked = tallyBallots(tied, []).lanes.strengths?.ranked ?? [];
    expect(ranked.map((entry) => entry.optionId)).toEqual(['a', 'z', 'c', 'b']);
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 1, 1]);
  });

  it("counts only each voter's last ballot", () => {
    const recast = [...ballots, ballotFor(round, 'v2', { strengths: { s2: 1 } })];
    const strengths = tallyBallots(round, recast).lanes.strengths;
    expect(strengths?.ranked.find((entry) => entry.optionId === 's3')?.votes).toBe(1);
    expect(strengths?.ranked.find((entry) => entry.optionId === 's2')?.votes).toBe(1);
    expect(strengths?.totalVotes).toBe(5);
  });

  it('leaves out ballots of other rounds, unknown options and counts the rules would refuse', () => {
    const stray = [
      ballotFor(round, 'v1', { strengths: { s1: 1 } }, { roundId: 'round-0' }),
      ballotFor(round, 'v2', { strengths: { zz: 3, s2: -1, s3: 0.5 } }),
    ];
    const tally = tallyBallots(round, stray);
    expect(tally.lanes.strengths?.totalVotes).toBe(0);
    expect(tally.voterCount).toBe(0);
  });

  it('reports no voters for an empty round', () => {
    expect(tallyBallots(round, [])).toMatchObject({ voterCount: 0, proxiedVoterCount: 0 });
  });
});

describe('compareTallyEntries', () => {
  it('does not depend on the locale', () => {
    const entries = [
      { votes: 1, label: 'Émile', optionId: 'e' },
      { votes: 1, label: 'Zed', optionId: 'z' },
      { votes: 2, label: 'Zed', optionId: 'y' },
    ];
    expect([...entries].sort(compareTallyEntries).map((entry) => entry.optionId)).toEqual(['y', 'z', 'e']);
  });
});
