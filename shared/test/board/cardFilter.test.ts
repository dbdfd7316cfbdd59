import { describe, expect, it } from 'vitest';
import { cardMatcher, type CardFilter } from '../../src/board/cardFilter';
import type { Card } from '../../src/board/records';
import { cardInput } from './support/boards';

const card = {
  ...cardInput({
    observation: 'Pupils READ aloud with fluency',
    interpretation: 'Phonics programme embedded',
    site: 'Oak Primary',
    keyQuestionIds: ['q1'],
    stakeholder: 'pupils',
    activity: 'lesson visit',
    authorId: 'rev-1',
    valence: 'strength',
  }),
  id: 'c1',
  privateLearning: false,
  placement: null,
} as Card;

describe('cardMatcher', () => {
  it.each<[CardFilter, boolean]>([
    [{}, true],
    [{ text: '   ' }, true],
    [{ text: 'read' }, true],
    [{ text: 'PHONICS' }, true],
    [{ text: 'oak' }, true],
    [{ text: 'maths' }, false],
    [{ keyQuestionId: 'q1' }, true],
    [{ keyQuestionId: 'q2' }, false],
    [{ activity: 'lesson visit', stakeholder: 'pupils', authorId: 'rev-1', valence: 'strength' }, true],
    [{ activity: 'interview' }, false],
    [{ stakeholder: 'parents' }, false],
    [{ authorId: 'rev-2' }, false],
    [{ valence: 'nextStep' }, false],
    [{ text: 'read', valence: 'nextStep' }, false],
  ])('%j matches: %s', (filter, expected) => {
    expect(cardMatcher(filter)(card)).toBe(expected);
  });

  it('skips absent optional fields in the text search', () => {
    const bare = { ...card, interpretation: undefined, site: undefined } as Card;
    expect(cardMatcher({ text: 'oak' })(bare)).toBe(false);
  });
});
