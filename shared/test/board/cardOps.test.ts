import { describe, expect, it } from 'vitest';
import { BoardOperationError } from '../../src/board/boardOperationError';
import { boardView } from '../../src/board/boardView';
import { addCard, deleteCard, deleteCardAs, editCard, mayDeleteCard, moveCard } from '../../src/board/cardOps';
import { createThemeFromCards } from '../../src/board/themeOps';
import { cardInput, emptyBoard, ids, whereIs } from './support/boards';

describe('addCard', () => {
  it('adds to the inbox by default, trimmed and validated', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput({ id: 'c1', observation: '  Calm corridors  ', site: 'Main site' }));
    expect(card.placement).toBeNull();
    expect(card.observation).toBe('Calm corridors');
    expect(card.privateLearning).toBe(false);
    expect(whereIs(board, 'c1')).toEqual({ kind: 'inbox', dangling: false });
  });

  it('adds straight into a lane or a theme', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'c1' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    addCard(board, cardInput({ id: 'c2' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    const theme = createThemeFromCards(board, 'c2', 'c1', { id: 't1' });
    addCard(board, cardInput({ id: 'c3' }), { kind: 'theme', themeId: theme.id, position: 'start' });
    expect(whereIs(board, 'c3')).toEqual({ kind: 'theme', themeId: 't1', headingId: 'h1', lane: 'strengths' });
    expect(ids(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards)).toEqual(['c3', 'c1', 'c2']);
  });

  it('refuses an invalid card, an id already used and a private card aimed at a lane, writing nothing', () => {
    const board = emptyBoard();
    expect(() => addCard(board, cardInput({ observation: '   ' }))).toThrow(BoardOperationError);
    addCard(board, cardInput({ id: 'c1' }));
    expect(() => addCard(board, cardInput({ id: 'c1' }))).toThrow(/already exists/);
    expect(() =>
      addCard(board, cardInput({ id: 'c2', privateLearning: true }), { kind: 'lane', headingId: 'h1', lane: 'strengths' }),
    ).toThrow(/private/);
    expect(() => addCard(board, cardInput({ id: 'c3' }), { kind: 'lane', headingId: 'nope', lane: 'strengths' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(board.count('cards')).toBe(1);
  });
});

describe('editCard', () => {
  it('changes content only, keeping author, capture time and placement', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'c1', interpretation: 'Strong routines' }), { kind: 'lane', headingId: 'h1', lane: 'nextSteps' });
    const before = board.get('cards', 'c1');
    const sneaky = { observation: 'Edited', authorId: 'intruder', placement: null } as unknown as { observation: string };
    const edited = editCard(board, 'c1', { ...sneaky, valence: 'nextStep', interpretation: undefined });
    expect(edited.observation).toBe('Edited');
    expect(edited.valence).toBe('nextStep');
    expect(edited).not.toHaveProperty('interpretation');
    expect(edited.authorId).toBe(before?.authorId);
    expect(edited.capturedAt).toBe(before?.capturedAt);
    expect(edited.placement).toEqual(before?.placement);
  });

  it('takes a card made private off the board', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'c1' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    editCard(board, 'c1', { privateLearning: true });
    expect(board.get('cards', 'c1')?.placement).toBeNull();
    expect(whereIs(board, 'c1')).toEqual({ kind: 'private' });
  });

  it('refuses an invalid edit and a missing card', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'c1' }));
    expect(() => editCard(board, 'c1', { observation: '' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => editCard(board, 'gone', { observation: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(board.get('cards', 'c1')?.observation).toBe(cardInput().observation);
  });
});

describe('deleteCard', () => {
  it('deletes, and deleting again is no error', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'c1' }));
    deleteCard(board, 'c1');
    deleteCard(board, 'c1');
    expect(board.count('cards')).toBe(0);
  });
});

describe('moveCard', () => {
  function laneOfThree() {
    const board = emptyBoard();
    for (const id of ['a', 'b', 'c']) addCard(board, cardInput({ id }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    addCard(board, cardInput({ id: 'x' }));
    const loose = () => ids(boardView(board).headings[0]!.lanes.strengths.looseCards);
    return { board, loose };
  }

  it('appends at the end of a lane by default', () => {
    const { loose } = laneOfThree();
    expect(loose()).toEqual(['a', 'b', 'c']);
  });

  it('inserts at an index, before or after a sibling', () => {
    const { board, loose } = laneOfThree();
    moveCard(board, 'x', { kind: 'lane', headingId: 'h1', lane: 'strengths', position: { index: 1 } });
    expect(loose()).toEqual(['a', 'x', 'b', 'c']);
    moveCard(board, 'x', { kind: 'lane', headingId: 'h1', lane: 'strengths', position: { after: 'c' } });
    expect(loose()).toEqual(['a', 'b', 'c', 'x']);
    moveCard(board, 'x', { kind: 'lane', headingId: 'h1', lane: 'strengths', position: { before: 'a' } });
    expect(loose()).toEqual(['x', 'a', 'b', 'c']);
  });

  it('reorders within a lane', () => {
    const { board, loose } = laneOfThree();
    moveCard(board, 'a', { kind: 'lane', headingId: 'h1', lane: 'strengths', position: { index: 2 } });
    expect(loose()).toEqual(['b', 'c', 'a']);
  });

  it('moves between lanes and headings, into a theme and back to the inbox, always in one place', () => {
    const { board } = laneOfThree();
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    moveCard(board, 'x', { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    expect(whereIs(board, 'x')).toEqual({ kind: 'loose', headingId: 'h2', lane: 'nextSteps', dangling: false });
    moveCard(board, 'x', { kind: 'theme', themeId: 't1', position: { before: 'b' } });
    expect(board.get('cards', 'x')?.placement).toMatchObject({ headingId: 'h1', lane: 'strengths', themeId: 't1' });
    expect(ids(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards)).toEqual(['a', 'x', 'b']);
    expect(ids(boardView(board).headings[1]!.lanes.nextSteps.looseCards)).toEqual([]);
    moveCard(board, 'x', { kind: 'inbox' });
    expect(board.get('cards', 'x')?.placement).toBeNull();
    moveCard(board, 'a', { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    expect(board.get('cards', 'a')?.placement).not.toHaveProperty('themeId');
  });

  it('refuses a missing card, heading, theme or lane, and a private card, writing nothing', () => {
    const { board, loose } = laneOfThree();
    editCard(board, 'x', { privateLearning: true });
    const lane = { kind: 'lane', headingId: 'h1', lane: 'strengths' } as const;
    expect(() => moveCard(board, 'gone', lane)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => moveCard(board, 'a', { ...lane, headingId: 'gone' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => moveCard(board, 'a', { kind: 'theme', themeId: 'gone' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => moveCard(board, 'a', { ...lane, lane: 'sideways' as 'strengths' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => moveCard(board, 'x', lane)).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(loose()).toEqual(['a', 'b', 'c']);
  });
});

describe('deleteCardAs', () => {
  const author = { participantId: 'rev-1', leadReviewer: false };

  it('lets the author and the Lead Reviewer delete a card, and no one else', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ id: 'mine', authorId: 'rev-1' }));
    addCard(board, cardInput({ id: 'theirs', authorId: 'rev-2' }));
    expect(() => deleteCardAs(board, 'theirs', author)).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => deleteCardAs(board, 'theirs', { participantId: 'rev-3', leadReviewer: false })).toThrow(BoardOperationError);
    expect(board.count('cards')).toBe(2);
    deleteCardAs(board, 'mine', author);
    deleteCardAs(board, 'theirs', { participantId: 'lead', leadReviewer: true });
    expect(board.count('cards')).toBe(0);
  });

  it('does nothing for a card already gone', () => {
    const board = emptyBoard();
    expect(() => deleteCardAs(board, 'gone', author)).not.toThrow();
  });

  it('says who may delete', () => {
    expect(mayDeleteCard({ authorId: 'rev-1' }, author)).toBe(true);
    expect(mayDeleteCard({ authorId: 'rev-2' }, author)).toBe(false);
    expect(mayDeleteCard({ authorId: 'rev-2' }, { participantId: 'x', leadReviewer: true })).toBe(true);
  });
});
