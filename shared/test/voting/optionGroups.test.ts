import { describe, expect, it } from 'vitest';
import { optionsByHeading } from '../../src/voting/optionGroups';
import { roundWith } from './support/rounds';

describe('optionsByHeading', () => {
  it('groups a ballot by heading, keeping the frozen board order', () => {
    const round = roundWith({ scope: { kind: 'board' } });
    const groups = optionsByHeading(round.lanes.strengths?.options ?? []);
    expect(groups.map((group) => [group.headingId, group.options.map((option) => option.id)])).toEqual([
      ['h1', ['s1', 's2', 's3']],
      ['h2', ['s4']],
    ]);
  });

  it('keeps a heading that comes back later in one group', () => {
    const option = (id: string, headingId: string) => ({ id, kind: 'theme' as const, label: id, headingId, lane: 'strengths' as const });
    const groups = optionsByHeading([option('a', 'h1'), option('b', 'h2'), option('c', 'h1')]);
    expect(groups.map((group) => group.options.map((entry) => entry.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('has no groups for no options', () => {
    expect(optionsByHeading([])).toEqual([]);
  });
});
