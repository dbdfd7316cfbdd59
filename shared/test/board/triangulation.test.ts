import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/board/records';
import { triangulate } from '../../src/board/triangulation';
import { cardInput } from './support/boards';

const card = (overrides: Partial<Card>): Card => ({ ...cardInput(), id: 'c', privateLearning: false, placement: null, ...overrides }) as Card;

describe('triangulate', () => {
  it('counts distinct activities, stakeholder groups, reviewers and sites', () => {
    const result = triangulate([
      card({ activity: 'lesson visit', stakeholder: 'pupils', authorId: 'r1', site: 'North' }),
      card({ activity: 'focus group', stakeholder: 'pupils', authorId: 'r2', site: ' north ' }),
      card({ activity: 'lesson visit', stakeholder: 'teachers', authorId: 'r1', site: 'South' }),
      card({ activity: 'document review', authorId: 'r1' }),
    ]);
    expect(result).toEqual({
      cardCount: 4,
      activities: ['lesson visit', 'focus group', 'document review'],
      stakeholders: ['pupils', 'teachers'],
      reviewers: ['r1', 'r2'],
      sites: ['North', 'South'],
      singleSource: false,
      counterEvidence: false,
    });
  });

  it.each<[string, Partial<Card>[], boolean]>([
    ['no card', [], true],
    ['one card', [{}], true],
    ['one activity by one reviewer', [{}, { stakeholder: 'leaders' }, { site: 'Other' }], true],
    ['one activity by two reviewers', [{ authorId: 'r1' }, { authorId: 'r2' }], false],
    ['two activities by one reviewer', [{ activity: 'interview' }, { activity: 'learning walk' }], false],
  ])('flags single-source evidence: %s', (_case, cards, expected) => {
    expect(triangulate(cards.map(card)).singleSource).toBe(expected);
  });

  it('flags counter-evidence', () => {
    expect(triangulate([card({}), card({ counterEvidence: true })]).counterEvidence).toBe(true);
  });
});
