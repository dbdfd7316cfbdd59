import { describe, expect, it } from 'vitest';
import type { Triangulation } from '../../src/board/triangulation';
import type { LaneTally, RevealedTally, TallyEntry } from '../../src/voting/tally';
import { optionEvidence, votesVersusEvidence, type OptionEvidence } from '../../src/voting/votesVersusEvidence';

/** A strengths tally from votes alone, ids o0, o1, ... in the order given (which must be ranked). */
function tallyOf(votes: number[], lane: 'strengths' | 'nextSteps' = 'strengths'): RevealedTally {
  const ranked: TallyEntry[] = votes.map((count, at) => ({
    optionId: `o${at}`,
    kind: 'theme',
    label: `Option ${at}`,
    headingId: 'h1',
    votes: count,
    rank: 1 + votes.filter((other) => other > count).length,
  }));
  const laneTally: LaneTally = { ranked, voterCount: 3, totalVotes: votes.reduce((sum, count) => sum + count, 0) };
  return { roundId: 'r', lanes: { [lane]: laneTally }, voterCount: 3, proxiedVoterCount: 0 };
}

const thin: OptionEvidence = { distinctSources: 1, singleSource: true };
const solid: OptionEvidence = { distinctSources: 3, singleSource: false };
const some: OptionEvidence = { distinctSources: 2, singleSource: false };
const evidence = (entries: Record<string, OptionEvidence>) => new Map(Object.entries(entries));
const flagged = (list: { optionId: string }[]) => list.map((entry) => entry.optionId);

describe('votesVersusEvidence', () => {
  it('flags a top-third option on single-source evidence', () => {
    // Six options: the top third is the two most voted.
    const result = votesVersusEvidence(tallyOf([5, 4, 3, 2, 1, 0]), evidence({ o0: some, o1: thin, o2: thin }));
    expect(flagged(result.popularButThin)).toEqual(['o1']);
    expect(result.popularButThin[0]).toMatchObject({ lane: 'strengths', votes: 4, rank: 2, distinctSources: 1, singleSource: true });
  });

  it('takes in ties at the top-third boundary, never an unvoted option', () => {
    const tied = votesVersusEvidence(tallyOf([4, 2, 2, 1, 0, 0]), evidence({ o1: thin, o2: thin, o3: thin }));
    expect(flagged(tied.popularButThin)).toEqual(['o1', 'o2']);
    expect(votesVersusEvidence(tallyOf([0, 0, 0]), evidence({ o0: thin })).popularButThin).toEqual([]);
  });

  it('flags a well-triangulated option with no votes or in the bottom third', () => {
    const result = votesVersusEvidence(tallyOf([5, 4, 3, 2, 1, 0]), evidence({ o0: solid, o3: solid, o4: solid, o5: solid }));
    expect(flagged(result.wellEvidencedButUnvoted)).toEqual(['o4', 'o5']);
  });

  it('needs three distinct sources to call an option well triangulated', () => {
    expect(votesVersusEvidence(tallyOf([2, 0]), evidence({ o1: some })).wellEvidencedButUnvoted).toEqual([]);
    expect(flagged(votesVersusEvidence(tallyOf([2, 0]), evidence({ o1: solid })).wellEvidencedButUnvoted)).toEqual(['o1']);
  });

  it('calls nothing "few votes" but zero when every option has the same count', () => {
    const all = evidence({ o0: solid, o1: solid, o2: thin });
    const result = votesVersusEvidence(tallyOf([2, 2, 2]), all);
    expect(result.wellEvidencedButUnvoted).toEqual([]);
    expect(flagged(result.popularButThin)).toEqual(['o2']);
  });

  it('handles a one-option ballot', () => {
    expect(flagged(votesVersusEvidence(tallyOf([1]), evidence({ o0: thin })).popularButThin)).toEqual(['o0']);
    expect(flagged(votesVersusEvidence(tallyOf([0]), evidence({ o0: solid })).wellEvidencedButUnvoted)).toEqual(['o0']);
  });

  it('skips options without evidence, and keeps lanes apart', () => {
    const tally = tallyOf([3, 0, 0]);
    tally.lanes.nextSteps = tallyOf([0, 3, 0], 'nextSteps').lanes.nextSteps;
    const result = votesVersusEvidence(tally, evidence({ o1: solid }));
    // o1 has no votes in strengths but tops next steps; both lanes share option ids only in this test.
    expect(result.wellEvidencedButUnvoted.map((entry) => [entry.lane, entry.optionId])).toEqual([['strengths', 'o1']]);
  });
});

describe('optionEvidence', () => {
  const triangulation = (overrides: Partial<Triangulation>): Triangulation => ({
    cardCount: 3,
    activities: ['lesson visit', 'interview'],
    stakeholders: ['pupils'],
    reviewers: ['r1', 'r2'],
    sites: [],
    singleSource: false,
    counterEvidence: false,
    ...overrides,
  });

  it('counts the larger of distinct activities and stakeholder groups', () => {
    expect(optionEvidence(triangulation({}))).toEqual({ distinctSources: 2, singleSource: false });
    expect(optionEvidence(triangulation({ stakeholders: ['pupils', 'teachers', 'parents'] })).distinctSources).toBe(3);
  });

  it('agrees with singleSource: one source, or none without cards', () => {
    const oneReviewerOneActivity = triangulation({
      activities: ['focus group'],
      reviewers: ['r1'],
      stakeholders: ['pupils', 'teachers', 'parents'],
      singleSource: true,
    });
    expect(optionEvidence(oneReviewerOneActivity)).toEqual({ distinctSources: 1, singleSource: true });
    const noCards = triangulation({ cardCount: 0, activities: [], stakeholders: [], reviewers: [], singleSource: true });
    expect(optionEvidence(noCards).distinctSources).toBe(0);
  });
});
