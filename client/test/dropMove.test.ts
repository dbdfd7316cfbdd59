import { describe, expect, it } from 'vitest';
import { addCard, boardView, createThemeFromCards, moveTheme } from '@washup/shared/board';
import { dropMove, type DragData, type DropData } from '../src/board/dropActions';
import { card, looseCards, twoHeadingBoard } from './boardBuilder';

const dragCard = (id: string): DragData => ({ kind: 'card', id, label: id });
const dragTheme = (id: string): DragData => ({ kind: 'theme', id, label: id });
const strengths = (headingId = 'h1'): DropData => ({ kind: 'lane', headingId, lane: 'strengths', label: 'lane' });

describe('what a drop does', () => {
  it('makes a theme of a card dropped on a loose card, the card it landed on first', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a');
    addCard(board, card('b'));
    dropMove(board, dragCard('b'), { kind: 'card', id: 'a', label: 'a' })?.run();
    const lane = boardView(board).headings[0]!.lanes.strengths;
    expect(lane.looseCards).toEqual([]);
    expect(lane.themes[0]!.cards.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('joins the theme of a card it is dropped on, just after that card', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't' });
    addCard(board, card('c'));
    dropMove(board, dragCard('c'), { kind: 'card', id: 'a', label: 'a' })?.run();
    expect(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards.map((c) => c.id)).toEqual(['a', 'c', 'b']);
  });

  it('moves a card to a lane, into a theme, or back to the inbox', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't' });
    addCard(board, card('c'));
    dropMove(board, dragCard('c'), strengths('h2'))?.run();
    expect(boardView(board).headings[1]!.lanes.strengths.looseCards.map((c) => c.id)).toEqual(['c']);
    dropMove(board, dragCard('c'), { kind: 'theme', id: 't', label: 't' })?.run();
    expect(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    dropMove(board, dragCard('c'), { kind: 'inbox', label: 'inbox' })?.run();
    expect(boardView(board).inbox.map((c) => c.id)).toEqual(['c']);
  });

  it('moves a theme to a lane, or next to another theme; never to the inbox', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b', 'c', 'd');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    createThemeFromCards(board, 'd', 'c', { id: 't2' });
    moveTheme(board, 't2', { headingId: 'h2', lane: 'nextSteps' });
    expect(dropMove(board, dragTheme('t1'), { kind: 'inbox', label: 'inbox' })).toBeNull();
    dropMove(board, dragTheme('t1'), { kind: 'theme', id: 't2', label: 't2' })?.run();
    expect(boardView(board).headings[1]!.lanes.nextSteps.themes.map((item) => item.theme.id)).toEqual(['t1', 't2']);
    dropMove(board, dragTheme('t1'), strengths())?.run();
    const moved = boardView(board).headings[0]!.lanes.strengths.themes[0]!;
    expect(moved.theme.id).toBe('t1');
    expect(moved.cards.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('does nothing when a card is dropped on itself', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a');
    expect(dropMove(board, dragCard('a'), { kind: 'card', id: 'a', label: 'a' })).toBeNull();
  });
});
