import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openRound } from '../../src/voting/openRound';
import { previewRound } from '../../src/voting/roundPreview';
import type { VoteRoundConfigInput } from '../../src/voting/voteRound';
import { boardCandidates, openedAt } from './support/rounds';

describe('previewRound', () => {
  it('shows the automatic budget as a number for each ballot', () => {
    expect(previewRound(boardCandidates, { scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'] })).toEqual({
      strengths: { optionCount: 4, budget: 1, capPerOption: 1 },
      nextSteps: { optionCount: 3, budget: 1, capPerOption: 1 },
    });
    expect(previewRound(boardCandidates, { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: true, budget: 3 })).toEqual({
      strengths: { optionCount: 5, budget: 3, capPerOption: 2 },
    });
  });

  it('marks a ballot with nothing to vote on', () => {
    const candidates = boardCandidates.filter((candidate) => candidate.lane === 'strengths');
    expect(previewRound(candidates, { scope: { kind: 'heading', headingId: 'h2' }, lanes: ['strengths', 'nextSteps'] }).nextSteps).toEqual({
      optionCount: 0,
      budget: 0,
      capPerOption: 0,
    });
  });

  it('agrees with the round that opening would create', () => {
    const configArb: fc.Arbitrary<VoteRoundConfigInput> = fc.record({
      scope: fc.constantFrom({ kind: 'board' as const }, { kind: 'heading' as const, headingId: 'h1' }, { kind: 'heading' as const, headingId: 'h2' }),
      lanes: fc.constantFrom<VoteRoundConfigInput['lanes']>(['strengths'], ['nextSteps'], ['strengths', 'nextSteps']),
      includeUnthemedCards: fc.boolean(),
      budget: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      capPerOption: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(configArb, (config) => {
        const preview = previewRound(boardCandidates, config);
        const opened = openRound({ id: 'r1', config, candidates: boardCandidates, openedBy: 'fac-1', now: openedAt });
        const empty = Object.values(preview).some((lane) => lane.optionCount === 0);
        expect(opened.ok).toBe(!empty);
        if (!opened.ok) return;
        for (const [lane, spec] of Object.entries(opened.value.lanes)) {
          expect(preview[lane as keyof typeof preview]).toEqual({ optionCount: spec.options.length, budget: spec.budget, capPerOption: spec.capPerOption });
        }
      }),
    );
  });
});
