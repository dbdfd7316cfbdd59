import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import { addHeading, editHeading, removeHeading, renameHeading, reorderHeading } from '../../src/board/headingOps';
import { createThemeFromCards } from '../../src/board/themeOps';
import { cardInput, emptyBoard, ids, whereIs } from './support/boards';

const headingOrder = (board: ReturnType<typeof emptyBoard>) => ids(boardView(board).headings.map((view) => view.heading));

describe('headings', () => {
  it('adds at the end or at a position, validated', () => {
    const board = emptyBoard();
    const added = addHeading(board, { id: 'h0', title: '  Area of Excellence ', panel: true }, 'start');
    expect(added).toMatchObject({ title: 'Area of Excellence', description: '', panel: true });
    addHeading(board, { id: 'h3', title: 'Workforce' });
    expect(headingOrder(board)).toEqual(['h0', 'h1', 'h2', 'h3']);
    expect(() => addHeading(board, { title: '' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addHeading(board, { id: 'h1', title: 'Again' })).toThrow(/already exists/);
  });

  it('renames and edits the description', () => {
    const board = emptyBoard();
    renameHeading(board, 'h1', 'Leadership at all levels');
    editHeading(board, 'h1', { description: 'Includes governance' });
    expect(board.get('headings', 'h1')).toMatchObject({ title: 'Leadership at all levels', description: 'Includes governance' });
    expect(() => renameHeading(board, 'gone', 'x')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('reorders', () => {
    const board = emptyBoard('custom', ['h1', 'h2', 'h3']);
    reorderHeading(board, 'h3', 'start');
    expect(headingOrder(board)).toEqual(['h3', 'h1', 'h2']);
    reorderHeading(board, 'h3', { after: 'h2' });
    expect(headingOrder(board)).toEqual(['h1', 'h2', 'h3']);
  });

  it('removes an empty heading; one with content only on request, its cards to the inbox and its themes deleted', () => {
    const board = emptyBoard();
    for (const id of ['a', 'b', 'c']) addCard(board, cardInput({ id }), { kind: 'lane', headingId: 'h1', lane: 'nextSteps' });
    addCard(board, cardInput({ id: 'elsewhere' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    createThemeFromCards(board, 'b', 'a', { id: 't1' });
    expect(() => removeHeading(board, 'h1')).toThrow(expect.objectContaining({ code: 'not-empty' }));
    expect(headingOrder(board)).toEqual(['h1', 'h2']);
    removeHeading(board, 'h1', { moveContentToInbox: true });
    expect(headingOrder(board)).toEqual(['h2']);
    expect(board.count('themes')).toBe(0);
    expect(ids(boardView(board).inbox).sort()).toEqual(['a', 'b', 'c']);
    for (const id of ['a', 'b', 'c']) expect(whereIs(board, id)).toEqual({ kind: 'inbox', dangling: false });
    expect(whereIs(board, 'elsewhere')).toMatchObject({ kind: 'loose', headingId: 'h2' });
    removeHeading(board, 'h1');
    addHeading(board, { id: 'h9', title: 'Empty' });
    removeHeading(board, 'h9');
    expect(headingOrder(board)).toEqual(['h2']);
  });
});
