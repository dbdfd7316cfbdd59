import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import { resolvePlacement } from '../../src/board/placement';
import type { Card } from '../../src/board/records';
import { createThemeFromCards } from '../../src/board/themeOps';
import { capturedAt, cardInput, emptyBoard, ids } from './support/boards';

describe('boardView', () => {
  it('lays out headings in order, each with both lanes of sorted themes and loose cards', () => {
    const board = emptyBoard('custom', ['h1', 'h2']);
    addCard(board, cardInput({ id: 'a' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    addCard(board, cardInput({ id: 'b', activity: 'interview', authorId: 'rev-2' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    addCard(board, cardInput({ id: 'c' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps', position: 'start' });
    createThemeFromCards(board, 'b', 'a', { id: 't1', title: 'Feedback' });
    const view = boardView(board);
    expect(view.meta?.templateId).toBe('custom');
    expect(ids(view.headings.map((heading) => heading.heading))).toEqual(['h1', 'h2']);
    expect(view.headings[0]!.lanes).toEqual({ strengths: { themes: [], looseCards: [] }, nextSteps: { themes: [], looseCards: [] } });
    const lane = view.headings[1]!.lanes.nextSteps;
    expect(ids(lane.looseCards)).toEqual(['c']);
    expect(lane.themes[0]!.theme.title).toBe('Feedback');
    expect(ids(lane.themes[0]!.cards)).toEqual(['a', 'b']);
    expect(lane.themes[0]!.triangulation).toMatchObject({ cardCount: 2, activities: ['lesson visit', 'interview'], singleSource: false });
  });

  it('lists the inbox newest first and keeps reviewer learning apart', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'old', capturedAt: capturedAt }));
    addCard(board, cardInput({ id: 'new', capturedAt: capturedAt + 60_000 }));
    addCard(board, cardInput({ id: 'same-b', capturedAt: capturedAt + 1 }));
    addCard(board, cardInput({ id: 'same-a', capturedAt: capturedAt + 1 }));
    addCard(board, cardInput({ id: 'idea', privateLearning: true }));
    const view = boardView(board);
    expect(ids(view.inbox)).toEqual(['new', 'same-a', 'same-b', 'old']);
    expect(ids(view.privateLearning)).toEqual(['idea']);
  });

  it('puts a private card in the private lane even if a peer placed it in a lane', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput({ id: 'a' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    board.put('cards', { ...card, privateLearning: true });
    const view = boardView(board);
    expect(ids(view.privateLearning)).toEqual(['a']);
    expect(view.headings[0]!.lanes.strengths.looseCards).toEqual([]);
  });
});

describe('resolvePlacement', () => {
  const board = emptyBoard();
  board.put('themes', { id: 't1', headingId: 'h1', lane: 'nextSteps', title: 'T', summary: '', order: 'a0' });
  board.put('themes', { id: 'orphan', headingId: 'gone', lane: 'nextSteps', title: 'T', summary: '', order: 'a0' });
  const card = (placement: Card['placement'], privateLearning = false): Card => ({
    ...cardInput({ id: 'c' }),
    id: 'c',
    privateLearning,
    placement,
  }) as Card;

  it.each<[string, Card, ReturnType<typeof resolvePlacement>]>([
    ['inbox', card(null), { kind: 'inbox', dangling: false }],
    ['private', card({ headingId: 'h1', lane: 'strengths', order: 'a0' }, true), { kind: 'private' }],
    ['loose', card({ headingId: 'h1', lane: 'strengths', order: 'a0' }), { kind: 'loose', headingId: 'h1', lane: 'strengths', dangling: false }],
    [
      'in a theme, following the theme over a stale copy on the card',
      card({ headingId: 'h2', lane: 'strengths', themeId: 't1', order: 'a0' }),
      { kind: 'theme', themeId: 't1', headingId: 'h1', lane: 'nextSteps' },
    ],
    [
      'loose where it was, when its theme is gone',
      card({ headingId: 'h2', lane: 'strengths', themeId: 'gone', order: 'a0' }),
      { kind: 'loose', headingId: 'h2', lane: 'strengths', dangling: true },
    ],
    ['in the inbox, when its heading is gone', card({ headingId: 'gone', lane: 'strengths', order: 'a0' }), { kind: 'inbox', dangling: true }],
    [
      "in the inbox, when its theme's heading is gone",
      card({ headingId: 'h1', lane: 'strengths', themeId: 'orphan', order: 'a0' }),
      { kind: 'inbox', dangling: true },
    ],
    [
      'in the inbox, when both its theme and heading are gone',
      card({ headingId: 'gone', lane: 'strengths', themeId: 'gone', order: 'a0' }),
      { kind: 'inbox', dangling: true },
    ],
  ])('shows a card %s', (_case, input, expected) => {
    expect(resolvePlacement(input, board)).toEqual(expected);
  });
});
