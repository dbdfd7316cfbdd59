import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard, deleteCard, editCard, moveCard } from '../../src/board/cardOps';
import { removeHeading } from '../../src/board/headingOps';
import { createThemeFromCards, deleteTheme, dissolveTheme, joinTheme, moveTheme } from '../../src/board/themeOps';
import { cardInput, emptyBoard, ids, peerOf, syncAll, whereIs } from './support/boards';

/** Two peers sharing heading h1 with loose cards a, b in its strengths lane and c in the inbox. */
function twoPeers() {
  const first = emptyBoard();
  for (const id of ['a', 'b']) addCard(first, cardInput({ id }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
  addCard(first, cardInput({ id: 'c' }));
  return { first, second: peerOf(first) };
}

describe('concurrent edits resolve the same way on every peer, and no card is lost', () => {
  it('a card joining a theme a peer deletes falls loose in the theme’s lane', () => {
    const { first, second } = twoPeers();
    createThemeFromCards(first, 'b', 'a', { id: 't1' });
    syncAll(first, second);
    dissolveTheme(first, 't1');
    joinTheme(second, 'c', 't1');
    syncAll(first, second);
    expect(boardView(first)).toEqual(boardView(second));
    expect(whereIs(first, 'c')).toEqual({ kind: 'loose', headingId: 'h1', lane: 'strengths', dangling: true });
    expect(ids(boardView(first).headings[0]!.lanes.strengths.looseCards).sort()).toEqual(['a', 'b', 'c']);
  });

  it('an empty theme deleted while a card joins it leaves the card loose too', () => {
    const { first, second } = twoPeers();
    createThemeFromCards(first, 'b', 'a', { id: 't1' });
    moveCard(first, 'a', { kind: 'inbox' });
    moveCard(first, 'b', { kind: 'inbox' });
    syncAll(first, second);
    deleteTheme(first, 't1');
    joinTheme(second, 'c', 't1');
    syncAll(first, second);
    expect(whereIs(first, 'c')).toMatchObject({ kind: 'loose', headingId: 'h1', dangling: true });
    expect(boardView(first)).toEqual(boardView(second));
  });

  it('a card joining a theme a peer moves follows the theme', () => {
    const { first, second } = twoPeers();
    createThemeFromCards(first, 'b', 'a', { id: 't1' });
    syncAll(first, second);
    moveTheme(first, 't1', { headingId: 'h2', lane: 'nextSteps' });
    joinTheme(second, 'c', 't1');
    syncAll(first, second);
    expect(whereIs(first, 'c')).toEqual({ kind: 'theme', themeId: 't1', headingId: 'h2', lane: 'nextSteps' });
    expect(ids(boardView(second).headings[1]!.lanes.nextSteps.themes[0]!.cards)).toEqual(['a', 'b', 'c']);
    expect(boardView(first)).toEqual(boardView(second));
  });

  it('a card moved under a heading a peer removes goes back to the inbox', () => {
    const { first, second } = twoPeers();
    removeHeading(first, 'h2');
    moveCard(second, 'c', { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    syncAll(first, second);
    expect(whereIs(first, 'c')).toEqual({ kind: 'inbox', dangling: true });
    expect(ids(boardView(first).inbox)).toEqual(['c']);
    expect(boardView(first)).toEqual(boardView(second));
  });

  it('a theme made under a heading a peer removes is listed as orphaned, its cards in the inbox, and can be rescued', () => {
    const { first, second } = twoPeers();
    removeHeading(first, 'h2');
    moveCard(second, 'c', { kind: 'lane', headingId: 'h2', lane: 'strengths' });
    addCard(second, cardInput({ id: 'd' }), { kind: 'lane', headingId: 'h2', lane: 'strengths' });
    createThemeFromCards(second, 'd', 'c', { id: 't2' });
    syncAll(first, second);
    const view = boardView(first);
    expect(view).toEqual(boardView(second));
    expect(ids(view.orphanedThemes)).toEqual(['t2']);
    expect(ids(view.inbox).sort()).toEqual(['c', 'd']);
    moveTheme(first, 't2', { headingId: 'h1', lane: 'nextSteps' });
    expect(ids(boardView(first).headings[0]!.lanes.nextSteps.themes[0]!.cards)).toEqual(['c', 'd']);
    expect(boardView(first).orphanedThemes).toEqual([]);
  });

  it('two cards appended at the same spot sort by id, and a card can still go between them', () => {
    const { first, second } = twoPeers();
    addCard(first, cardInput({ id: 'y' }), { kind: 'lane', headingId: 'h2', lane: 'strengths' });
    addCard(second, cardInput({ id: 'x' }), { kind: 'lane', headingId: 'h2', lane: 'strengths' });
    syncAll(first, second);
    expect(first.get('cards', 'x')?.placement?.order).toBe(first.get('cards', 'y')?.placement?.order);
    const lane = () => ids(boardView(first).headings[1]!.lanes.strengths.looseCards);
    expect(lane()).toEqual(['x', 'y']);
    moveCard(first, 'c', { kind: 'lane', headingId: 'h2', lane: 'strengths', position: { after: 'x' } });
    expect(lane()).toEqual(['x', 'c', 'y']);
  });

  it('a card deleted while a peer moves it survives, moved', () => {
    const { first, second } = twoPeers();
    deleteCard(first, 'c');
    moveCard(second, 'c', { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    syncAll(first, second);
    expect(whereIs(first, 'c')).toMatchObject({ kind: 'loose', headingId: 'h2' });
    expect(boardView(first)).toEqual(boardView(second));
  });

  it('an edit and a move of the same card at once: the record is written whole, so one of them wins, the same everywhere', () => {
    const { first, second } = twoPeers();
    editCard(first, 'c', { observation: 'Edited' });
    moveCard(second, 'c', { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    syncAll(first, second);
    const card = first.get('cards', 'c');
    expect(card).toEqual(second.get('cards', 'c'));
    const editWon = card?.observation === 'Edited' && card.placement === null;
    const moveWon = card?.observation !== 'Edited' && card?.placement?.headingId === 'h2';
    expect(editWon || moveWon).toBe(true);
  });
});
