import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard, editCard, moveCard } from '../../src/board/cardOps';
import {
  createTheme,
  createThemeFromCards,
  deleteTheme,
  dissolveTheme,
  editThemeSummary,
  joinTheme,
  moveTheme,
  renameTheme,
} from '../../src/board/themeOps';
import { cardInput, emptyBoard, ids, whereIs } from './support/boards';

function boardWithLooseCards(...cardIds: string[]) {
  const board = emptyBoard();
  for (const id of cardIds) addCard(board, cardInput({ id, observation: `Observation ${id}` }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
  return board;
}

describe('createTheme', () => {
  it('makes an empty theme called "New theme" at the end of a lane', () => {
    const board = boardWithLooseCards('a', 'b', 'c');
    createThemeFromCards(board, 'b', 'a', { id: 'first' });
    const theme = createTheme(board, { headingId: 'h1', lane: 'strengths' }, { id: 't2' });
    expect(theme).toMatchObject({ id: 't2', title: 'New theme', summary: '' });
    const lane = boardView(board).headings[0]!.lanes.strengths;
    expect(lane.themes.map((item) => item.theme.id)).toEqual(['first', 't2']);
    expect(lane.themes[1]!.cards).toEqual([]);
    expect(ids(lane.looseCards)).toEqual(['c']);
  });

  it("takes a card from anywhere into the new theme, titled with the card's opening words", () => {
    const board = boardWithLooseCards('a');
    addCard(board, cardInput({ id: 'inbox', observation: 'Leaders know the curriculum well, and staff say so; governors agree with them entirely' }));
    const theme = createTheme(board, { headingId: 'h2', lane: 'nextSteps' }, { cardId: 'inbox' });
    expect(theme.title).toBe('Leaders know the curriculum well, and staff say so');
    expect(whereIs(board, 'inbox')).toMatchObject({ kind: 'theme', themeId: theme.id, headingId: 'h2', lane: 'nextSteps' });
    const moved = createTheme(board, { headingId: 'h2', lane: 'strengths' }, { cardId: 'a', title: 'Named' });
    expect(moved.title).toBe('Named');
    expect(whereIs(board, 'a')).toMatchObject({ kind: 'theme', themeId: moved.id });
    expect(boardView(board).headings[0]!.lanes.strengths.looseCards).toEqual([]);
  });

  it('refuses a heading that is gone, a card that is gone and reviewer learning, writing nothing', () => {
    const board = boardWithLooseCards('a');
    addCard(board, cardInput({ id: 'mine', privateLearning: true }));
    expect(() => createTheme(board, { headingId: 'gone', lane: 'strengths' })).toThrow(/heading/);
    expect(() => createTheme(board, { headingId: 'h1', lane: 'strengths' }, { cardId: 'gone' })).toThrow(/card/);
    expect(() => createTheme(board, { headingId: 'h1', lane: 'strengths' }, { cardId: 'mine' })).toThrow(/private lane/);
    expect(board.list('themes')).toEqual([]);
  });
});

describe('createThemeFromCards', () => {
  it("makes a theme of the two under the target's heading and lane, target first", () => {
    const board = boardWithLooseCards('a', 'b', 'c');
    const theme = createThemeFromCards(board, 'c', 'a', { id: 't1' });
    expect(theme).toMatchObject({ id: 't1', headingId: 'h1', lane: 'strengths', title: 'Observation a', summary: '' });
    const lane = boardView(board).headings[0]!.lanes.strengths;
    expect(ids(lane.themes[0]!.cards)).toEqual(['a', 'c']);
    expect(ids(lane.looseCards)).toEqual(['b']);
  });

  it("defaults the title to the target's opening words, cut at a word and with no ellipsis", () => {
    const board = emptyBoard();
    const long = 'Pupils in every class we visited could explain how their work connected to what they learned last term';
    addCard(board, cardInput({ id: 'a', observation: long }), { kind: 'lane', headingId: 'h1', lane: 'nextSteps' });
    addCard(board, cardInput({ id: 'b' }));
    const theme = createThemeFromCards(board, 'b', 'a');
    expect(theme.title.length).toBeLessThanOrEqual(60);
    expect(theme.title).toBe('Pupils in every class we visited could explain how their');
    expect(whereIs(board, 'b')).toMatchObject({ kind: 'theme', themeId: theme.id, lane: 'nextSteps' });
  });

  it('appends new themes after the lane’s existing themes', () => {
    const board = boardWithLooseCards('a', 'b', 'c', 'd');
    createThemeFromCards(board, 'b', 'a', { id: 't1', title: 'First' });
    createThemeFromCards(board, 'd', 'c', { id: 't0', title: 'Second' });
    expect(ids(boardView(board).headings[0]!.lanes.strengths.themes.map((view) => view.theme))).toEqual(['t1', 't0']);
  });

  it('refuses a target in the inbox or in a theme, a card with itself and a private card', () => {
    const board = boardWithLooseCards('a', 'b', 'c');
    addCard(board, cardInput({ id: 'inbox' }));
    addCard(board, cardInput({ id: 'mine', privateLearning: true }));
    expect(() => createThemeFromCards(board, 'a', 'inbox')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => createThemeFromCards(board, 'a', 'a')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => createThemeFromCards(board, 'mine', 'a')).toThrow(expect.objectContaining({ code: 'invalid' }));
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    expect(() => createThemeFromCards(board, 'c', 'a')).toThrow(/join its theme/);
    expect(() => createThemeFromCards(board, 'gone', 'c')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(board.count('themes')).toBe(1);
  });
});

describe('several operations in one transaction', () => {
  it('see each other’s writes, so a UI can make them one change (one undo step)', () => {
    const board = emptyBoard();
    let updates = 0;
    board.doc.on('update', () => (updates += 1));
    board.transact(() => {
      addCard(board, cardInput({ id: 'a' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
      addCard(board, cardInput({ id: 'b' }));
      createThemeFromCards(board, 'b', 'a', { id: 't1' });
      moveTheme(board, 't1', { headingId: 'h2', lane: 'nextSteps' });
    });
    expect(updates).toBe(1);
    expect(ids(boardView(board).headings[1]!.lanes.nextSteps.themes[0]!.cards)).toEqual(['a', 'b']);
    expect(board.doc.getArray('cards').length).toBe(2);
  });
});

describe('joinTheme and theme edits', () => {
  it('joins at a position, taking the theme’s heading and lane', () => {
    const board = boardWithLooseCards('a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    addCard(board, cardInput({ id: 'x' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    joinTheme(board, 'x', 't1', { index: 1 });
    expect(board.get('cards', 'x')?.placement).toMatchObject({ headingId: 'h1', lane: 'strengths', themeId: 't1' });
    expect(ids(boardView(board).headings[0]!.lanes.strengths.themes[0]!.cards)).toEqual(['a', 'x', 'b']);
  });

  it('renames and edits the summary', () => {
    const board = boardWithLooseCards('a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    renameTheme(board, 't1', '  Reading for pleasure  ');
    editThemeSummary(board, 't1', 'Seen in every key stage.');
    expect(board.get('themes', 't1')).toMatchObject({ title: 'Reading for pleasure', summary: 'Seen in every key stage.' });
    expect(() => renameTheme(board, 't1', '')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => renameTheme(board, 'gone', 'x')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('moveTheme', () => {
  it('moves the theme and its cards to another heading and lane', () => {
    const board = boardWithLooseCards('a', 'b', 'c');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    moveTheme(board, 't1', { headingId: 'h2', lane: 'nextSteps' });
    for (const id of ['a', 'b']) {
      expect(board.get('cards', id)?.placement).toMatchObject({ headingId: 'h2', lane: 'nextSteps', themeId: 't1' });
    }
    const view = boardView(board);
    expect(view.headings[0]!.lanes.strengths.themes).toEqual([]);
    expect(ids(view.headings[1]!.lanes.nextSteps.themes[0]!.cards)).toEqual(['a', 'b']);
  });

  it('reorders themes within a lane', () => {
    const board = boardWithLooseCards('a', 'b', 'c', 'd', 'e', 'f');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    createThemeFromCards(board, 'd', 'c', { id: 't2' });
    createThemeFromCards(board, 'f', 'e', { id: 't3' });
    moveTheme(board, 't3', { headingId: 'h1', lane: 'strengths', position: { before: 't1' } });
    const order = () => ids(boardView(board).headings[0]!.lanes.strengths.themes.map((view) => view.theme));
    expect(order()).toEqual(['t3', 't1', 't2']);
    moveTheme(board, 't3', { headingId: 'h1', lane: 'strengths', position: { index: 1 } });
    expect(order()).toEqual(['t1', 't3', 't2']);
  });

  it('refuses a missing heading or theme', () => {
    const board = boardWithLooseCards('a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    expect(() => moveTheme(board, 't1', { headingId: 'gone', lane: 'strengths' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => moveTheme(board, 'gone', { headingId: 'h1', lane: 'strengths' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('dissolveTheme and deleteTheme', () => {
  it('dissolves: cards go loose at the end of the lane in theme order, the theme goes', () => {
    const board = boardWithLooseCards('a', 'b', 'c', 'd');
    createThemeFromCards(board, 'c', 'a', { id: 't1' });
    joinTheme(board, 'd', 't1', 'start');
    dissolveTheme(board, 't1');
    expect(board.get('themes', 't1')).toBeUndefined();
    expect(ids(boardView(board).headings[0]!.lanes.strengths.looseCards)).toEqual(['b', 'd', 'a', 'c']);
    expect(board.get('cards', 'a')?.placement).not.toHaveProperty('themeId');
    dissolveTheme(board, 't1');
  });

  it('deletes an empty theme only', () => {
    const board = boardWithLooseCards('a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    expect(() => deleteTheme(board, 't1')).toThrow(expect.objectContaining({ code: 'not-empty' }));
    moveCard(board, 'a', { kind: 'inbox' });
    editCard(board, 'b', { privateLearning: true });
    deleteTheme(board, 't1');
    expect(board.count('themes')).toBe(0);
    deleteTheme(board, 't1');
  });
});
