import { describe, expect, it } from 'vitest';
import { buildOptions, maxOptionLabelLength, type VoteCandidate } from '../../src/voting/buildOptions';
import { boardCandidates } from './support/rounds';

const ids = (options: readonly { id: string }[] | undefined) => options?.map((option) => option.id);

describe('buildOptions', () => {
  it('keeps the themes of the heading and lane, in the order given', () => {
    const options = buildOptions(boardCandidates, {
      scope: { kind: 'heading', headingId: 'h1' },
      lanes: ['strengths'],
      includeUnthemedCards: false,
    });
    expect(Object.keys(options)).toEqual(['strengths']);
    expect(ids(options.strengths)).toEqual(['s1', 's2', 's3']);
  });

  it('takes every heading for a board-wide vote, and a list per lane for both lanes', () => {
    const options = buildOptions(boardCandidates, { scope: { kind: 'board' }, lanes: ['nextSteps', 'strengths'], includeUnthemedCards: false });
    expect(ids(options.strengths)).toEqual(['s1', 's2', 's3', 's4']);
    expect(ids(options.nextSteps)).toEqual(['n1', 'n2', 'n3']);
  });

  it('adds loose cards only when asked', () => {
    const options = buildOptions(boardCandidates, { scope: { kind: 'heading', headingId: 'h1' }, lanes: ['nextSteps'], includeUnthemedCards: true });
    expect(ids(options.nextSteps)).toEqual(['n1', 'n2', 'c2']);
    expect(options.nextSteps?.[2]).toEqual({
      id: 'c2',
      kind: 'card',
      label: 'Marking policy not followed in Year 3',
      headingId: 'h1',
      lane: 'nextSteps',
    });
  });

  it('gives an empty list for a lane with nothing to vote on', () => {
    const options = buildOptions(boardCandidates, { scope: { kind: 'heading', headingId: 'h9' }, lanes: ['strengths'], includeUnthemedCards: true });
    expect(options).toEqual({ strengths: [] });
  });

  it('keeps the first of a repeated id', () => {
    const repeated: VoteCandidate[] = [
      { id: 't1', kind: 'theme', label: 'First', headingId: 'h1', lane: 'strengths' },
      { id: 't1', kind: 'theme', label: 'Second', headingId: 'h1', lane: 'strengths' },
    ];
    const options = buildOptions(repeated, { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: false });
    expect(options.strengths?.map((option) => option.label)).toEqual(['First']);
  });

  it('cuts a long observation to a ballot line, and flattens its whitespace', () => {
    const long: VoteCandidate = { id: 'c9', kind: 'card', label: `Pupils  said\n${'very '.repeat(100)}much`, headingId: 'h1', lane: 'strengths' };
    const [option] = buildOptions([long], { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: true }).strengths ?? [];
    expect(option?.label.length).toBeLessThanOrEqual(maxOptionLabelLength);
    expect(option?.label.startsWith('Pupils said very')).toBe(true);
    expect(option?.label.endsWith('…')).toBe(true);
  });

  it('labels a blank candidate by its id rather than with nothing', () => {
    const blank: VoteCandidate = { id: 't7', kind: 'theme', label: '  ', headingId: 'h1', lane: 'strengths' };
    expect(buildOptions([blank], { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: false }).strengths?.[0]?.label).toBe('t7');
  });

  it('copies each candidate, so later edits to the input do not reach a frozen round', () => {
    const candidate: VoteCandidate = { id: 't1', kind: 'theme', label: 'Before', headingId: 'h1', lane: 'strengths' };
    const options = buildOptions([candidate], { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: false });
    candidate.label = 'After';
    expect(options.strengths?.[0]?.label).toBe('Before');
  });
});
