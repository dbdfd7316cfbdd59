import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { moveCard } from '../../src/board/cardOps';
import { coverageMap } from '../../src/board/coverage';
import type { Card } from '../../src/board/records';
import { dissolveTheme, moveTheme } from '../../src/board/themeOps';
import { laneIds } from '../../src/templates/schema';
import { cardInput, emptyBoard, ids, peerOf, syncAll, whereIs } from './support/boards';

/** 6 headings, 150 themes of 8 cards, 600 loose cards and 200 in the inbox: 2,000 cards, written directly. */
function largeBoard() {
  const headingIds = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
  const board = emptyBoard('custom', headingIds);
  const slots = headingIds.flatMap((headingId) => laneIds.map((lane) => ({ headingId, lane })));
  const keys = generateNKeysBetween(null, null, 200);
  const card = (id: string, placement: Card['placement']): Card => ({ ...cardInput(), id, privateLearning: false, placement }) as Card;
  board.transact(() => {
    for (let t = 0; t < 150; t++) {
      const slot = slots[t % slots.length]!;
      const themeId = `t${t}`;
      board.put('themes', { id: themeId, ...slot, title: `Theme ${t}`, summary: '', order: keys[t]! });
      for (let c = 0; c < 8; c++) board.put('cards', card(`t${t}c${c}`, { ...slot, themeId, order: keys[c]! }));
    }
    for (let c = 0; c < 600; c++) board.put('cards', card(`loose${c}`, { ...slots[c % slots.length]!, order: keys[Math.floor(c / slots.length)]! }));
    for (let c = 0; c < 200; c++) board.put('cards', card(`inbox${c}`, null));
  });
  return board;
}

describe('a board of 2,000 cards and 150 themes', () => {
  it('moves cards and themes, and derives the views', () => {
    const board = largeBoard();
    expect(board.count('cards')).toBe(2000);

    moveCard(board, 'inbox7', { kind: 'theme', themeId: 't42', position: { index: 3 } });
    expect(whereIs(board, 'inbox7')).toMatchObject({ kind: 'theme', themeId: 't42' });
    moveCard(board, 'loose5', { kind: 'lane', headingId: 'h6', lane: 'nextSteps', position: 'start' });
    const moved = moveTheme(board, 't0', { headingId: 'h6', lane: 'nextSteps', position: { index: 2 } });
    expect(moved.headingId).toBe('h6');
    dissolveTheme(board, 't1');

    const other = peerOf(board);
    moveCard(other, 'inbox8', { kind: 'lane', headingId: 'h1', lane: 'strengths', position: { index: 10 } });
    syncAll(board, other);

    const view = boardView(board);
    const lane = view.headings[5]!.lanes.nextSteps;
    expect(ids(lane.themes.map((theme) => theme.theme))[2]).toBe('t0');
    expect(lane.looseCards[0]?.id).toBe('loose5');
    expect(ids(view.headings[0]!.lanes.strengths.looseCards)[10]).toBe('inbox8');
    expect(view.inbox).toHaveLength(198);
    const shown = view.headings.flatMap((heading) =>
      laneIds.flatMap((id) => [...heading.lanes[id].looseCards, ...heading.lanes[id].themes.flatMap((theme) => theme.cards)]),
    );
    expect(shown.length + view.inbox.length).toBe(2000);
    expect(coverageMap(board).rows.at(-1)?.cards).toBe(2000);
    expect(boardView(other)).toEqual(view);
  });
});
