import { describe, expect, it } from 'vitest';
import { boardOverview } from '../../src/board/overview';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import { filterBoardView, searchResults } from '../../src/board/filterBoardView';
import { matchesEveryWord } from '../../src/board/placeSearch';
import { stepCard, steppedPosition, stepTheme } from '../../src/board/reorder';
import { createTheme, createThemeFromCards, joinTheme } from '../../src/board/themeOps';
import { cardInput, emptyBoard } from './support/boards';

function sampleBoard() {
  const board = emptyBoard('custom', ['h1', 'h2', 'h3']);
  const strengths = { kind: 'lane', headingId: 'h1', lane: 'strengths' } as const;
  addCard(board, cardInput({ id: 'a', activity: 'lesson visit' }), strengths);
  addCard(board, cardInput({ id: 'b', activity: 'interview', observation: 'Books show little reasoning' }), strengths);
  addCard(board, cardInput({ id: 'c', activity: 'focus group' }), strengths);
  addCard(board, cardInput({ id: 'd' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
  addCard(board, cardInput({ id: 'e' }));
  const theme = createThemeFromCards(board, 'b', 'a', { id: 't1', title: 'Reasoning' });
  joinTheme(board, 'c', theme.id);
  return board;
}

describe('boardOverview', () => {
  it('counts every heading × lane, its themes with their meter level, the loose cards and the inbox', () => {
    const overview = boardOverview(boardView(sampleBoard()));
    expect(overview.cards).toBe(5);
    expect(overview.inbox).toBe(1);
    expect(overview.rows.map((row) => [row.title, row.cards])).toEqual([
      ['Heading h1', 3],
      ['Heading h2', 1],
      ['Heading h3', 0],
    ]);
    const cell = overview.rows[0]!.cells.strengths;
    expect(cell).toMatchObject({ headingId: 'h1', lane: 'strengths', cards: 3, looseCards: 0 });
    expect(cell.themes).toEqual([{ id: 't1', title: 'Reasoning', cards: 3, level: 3, singleSource: false }]);
    expect(overview.rows[1]!.cells.nextSteps).toMatchObject({ cards: 1, looseCards: 1, themes: [] });
  });
});

describe('searchResults', () => {
  it('keeps only the headings holding a match and counts the rest', () => {
    const view = filterBoardView(boardView(sampleBoard()), { text: 'books' });
    const results = searchResults(view);
    expect(results.headings.map((entry) => entry.heading.id)).toEqual(['h1']);
    expect(results.hidden).toBe(2);
  });
});

describe('steppedPosition', () => {
  const siblings = [
    { id: 'b', order: 'a1' },
    { id: 'a', order: 'a0' },
    { id: 'c', order: 'a2' },
  ];
  it('puts an item just before the one above it or just after the one below', () => {
    expect(steppedPosition(siblings, 'b', 'up')).toEqual({ before: 'a' });
    expect(steppedPosition(siblings, 'b', 'down')).toEqual({ after: 'c' });
  });
  it('has nowhere to go at either end, or for an item not among them', () => {
    expect(steppedPosition(siblings, 'a', 'up')).toBeNull();
    expect(steppedPosition(siblings, 'c', 'down')).toBeNull();
    expect(steppedPosition(siblings, 'z', 'up')).toBeNull();
  });
});

describe('stepTheme and stepCard', () => {
  it('swap a theme with its neighbour in the lane, and a card within its theme or among the loose cards', () => {
    const board = sampleBoard();
    createTheme(board, { headingId: 'h1', lane: 'strengths' }, { id: 't2' });
    const themeIds = () => boardView(board).headings[0]!.lanes.strengths.themes.map((item) => item.theme.id);
    expect(themeIds()).toEqual(['t1', 't2']);
    stepTheme(board, 't2', 'up');
    expect(themeIds()).toEqual(['t2', 't1']);
    expect(() => stepTheme(board, 't2', 'up')).toThrow(/already at the top/);
    const cardIds = () => boardView(board).headings[0]!.lanes.strengths.themes[1]!.cards.map((card) => card.id);
    expect(cardIds()).toEqual(['a', 'b', 'c']);
    stepCard(board, 'a', 'down');
    expect(cardIds()).toEqual(['b', 'a', 'c']);
    addCard(board, cardInput({ id: 'f' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    stepCard(board, 'f', 'up');
    expect(boardView(board).headings[1]!.lanes.nextSteps.looseCards.map((card) => card.id)).toEqual(['f', 'd']);
    expect(() => stepCard(board, 'e', 'up')).toThrow(/inbox/);
  });
});

describe('matchesEveryWord', () => {
  it('finds every typed word in any order and case, look-alikes included', () => {
    expect(matchesEveryWord('Our impact · Next steps', 'next IMPACT')).toBe(true);
    expect(matchesEveryWord('Our impact · Next steps', 'ｉｍｐａｃｔ')).toBe(true);
    expect(matchesEveryWord('Our impact · Next steps', 'impact strengths')).toBe(false);
    expect(matchesEveryWord('anything', '   ')).toBe(true);
  });
});
