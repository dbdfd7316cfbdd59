import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import { createThemeFromCards, joinTheme, mergeThemes } from '../../src/board/themeOps';
import { cardInput, emptyBoard, ids, whereIs } from './support/boards';

/** A board with theme t1 (a, b) under h1 strengths and theme t2 (c, d, e) under h2 next steps. */
function twoThemes() {
  const board = emptyBoard();
  for (const id of ['a', 'b']) addCard(board, cardInput({ id }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
  for (const id of ['c', 'd']) addCard(board, cardInput({ id }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
  createThemeFromCards(board, 'b', 'a', { id: 't1' });
  createThemeFromCards(board, 'd', 'c', { id: 't2' });
  addCard(board, cardInput({ id: 'e' }), { kind: 'theme', themeId: 't2' });
  return board;
}

describe('mergeThemes', () => {
  it("puts the cards of one theme at the end of the other, in their order, and removes the merged theme", () => {
    const board = twoThemes();
    const merged = mergeThemes(board, 't1', 't2');
    expect(merged.id).toBe('t1');
    expect(board.get('themes', 't2')).toBeUndefined();
    const theme = boardView(board).headings[0]!.lanes.strengths.themes[0]!;
    expect(ids(theme.cards)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(whereIs(board, 'e')).toEqual({ kind: 'theme', themeId: 't1', headingId: 'h1', lane: 'strengths' });
    expect(board.count('cards')).toBe(5);
  });

  it('merges an empty theme by removing it only', () => {
    const board = twoThemes();
    for (const id of ['c', 'd', 'e']) joinTheme(board, id, 't1');
    mergeThemes(board, 't1', 't2');
    expect(board.count('themes')).toBe(1);
    expect(ids(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('refuses a theme merged into itself, or a theme that is gone, writing nothing', () => {
    const board = twoThemes();
    const before = JSON.stringify(boardView(board));
    expect(() => mergeThemes(board, 't1', 't1')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => mergeThemes(board, 't1', 'gone')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => mergeThemes(board, 'gone', 't1')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(JSON.stringify(boardView(board))).toBe(before);
  });

  it('is one change: a single update carries it to a peer', () => {
    const board = twoThemes();
    let updates = 0;
    board.doc.on('update', () => (updates += 1));
    mergeThemes(board, 't2', 't1');
    expect(updates).toBe(1);
  });

  it('never loses a card, whatever the themes and the merge order', () => {
    const sizes = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(sizes, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (themeSizes, merges) => {
        const board = emptyBoard();
        themeSizes.forEach((size, theme) => {
          addCard(board, cardInput({ id: `t${theme}-seed-a` }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
          addCard(board, cardInput({ id: `t${theme}-seed-b` }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
          createThemeFromCards(board, `t${theme}-seed-b`, `t${theme}-seed-a`, { id: `t${theme}` });
          for (let card = 0; card < size; card++) addCard(board, cardInput({ id: `t${theme}-${card}` }), { kind: 'theme', themeId: `t${theme}` });
        });
        const cardIds = board.list('cards').map((card) => card.id).sort();
        for (const [into, from] of merges) {
          const themes = board.list('themes').map((theme) => theme.id);
          const intoId = themes[into % themes.length]!;
          const fromId = themes[from % themes.length]!;
          if (intoId === fromId) continue;
          const expected = [...ids(themeCards(board, intoId)), ...ids(themeCards(board, fromId))];
          mergeThemes(board, intoId, fromId);
          expect(ids(themeCards(board, intoId))).toEqual(expected);
        }
        expect(board.list('cards').map((card) => card.id).sort()).toEqual(cardIds);
        const themed = boardView(board).headings[0]!.lanes.strengths.themes.flatMap((theme) => ids(theme.cards)).sort();
        expect(themed).toEqual(cardIds);
      }),
      { numRuns: 60 },
    );
  });
});

function themeCards(board: ReturnType<typeof emptyBoard>, themeId: string) {
  return boardView(board).headings[0]!.lanes.strengths.themes.find((theme) => theme.theme.id === themeId)?.cards ?? [];
}
