import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, boardDocOf, boardView, createThemeFromCards, deleteCardAs, dissolveTheme, editCard, mergeThemes, moveCard, type BoardDoc } from '@washup/shared/board';
import { UndoHistory } from '../src/sync/UndoHistory';
import { undoStepSentence } from '../src/board/undoStep';
import { undoShortcut } from '../src/board/undoShortcut';
import { card, looseCards, twoHeadingBoard } from './boardBuilder';

const relay = Symbol('relay');

/** A second device's copy of `board`, kept in sync both ways at every change, as through the relay. */
function connectedPeer(board: BoardDoc): BoardDoc {
  const peer = boardDocOf(new Y.Doc());
  Y.applyUpdate(peer.doc, Y.encodeStateAsUpdate(board.doc), relay);
  const forward = (to: BoardDoc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== relay) Y.applyUpdate(to.doc, update, relay);
  };
  board.doc.on('update', forward(peer));
  peer.doc.on('update', forward(board));
  return peer;
}

const where = (board: BoardDoc, id: string) => board.get('cards', id)?.placement ?? null;

describe("one person's undo on a shared board", () => {
  it("reverts A's change and leaves B's, on both devices", () => {
    const a = twoHeadingBoard();
    looseCards(a, 'a1', 'b1');
    const b = connectedPeer(a);
    const historyA = new UndoHistory(a);
    const historyB = new UndoHistory(b);
    historyA.record(() => moveCard(a, 'a1', { kind: 'inbox' }), 'Moved to the inbox.');
    historyB.record(() => moveCard(b, 'b1', { kind: 'lane', headingId: 'h2', lane: 'nextSteps' }));
    const step = historyA.undo();
    expect(step).toEqual({ label: 'Moved to the inbox.', changedBoard: true });
    for (const board of [a, b]) {
      expect(where(board, 'a1')).toMatchObject({ headingId: 'h1', lane: 'strengths' });
      expect(where(board, 'b1')).toMatchObject({ headingId: 'h2', lane: 'nextSteps' });
    }
    expect(historyA.undo()).toBeNull();
    expect(historyB.state.get()).toEqual({ canUndo: true, canRedo: false });
  });

  it("never undoes a change that arrived from someone else", () => {
    const a = twoHeadingBoard();
    const b = connectedPeer(a);
    const historyA = new UndoHistory(a);
    new UndoHistory(b).record(() => addCard(b, card('theirs')));
    expect(historyA.state.get()).toEqual({ canUndo: false, canRedo: false });
    expect(historyA.undo()).toBeNull();
    expect(a.get('cards', 'theirs')).toBeDefined();
  });

  it("keeps B's edit when A undoes a move of the card B edited since", () => {
    const a = twoHeadingBoard();
    looseCards(a, 'c1');
    const b = connectedPeer(a);
    const historyA = new UndoHistory(a);
    historyA.record(() => moveCard(a, 'c1', { kind: 'inbox' }), 'Moved to the inbox.');
    new UndoHistory(b).record(() => editCard(b, 'c1', { observation: 'Edited by B' }));
    const step = historyA.undo();
    expect(step?.changedBoard).toBe(false);
    for (const board of [a, b]) {
      expect(board.get('cards', 'c1')?.observation).toBe('Edited by B');
      expect(board.list('cards')).toHaveLength(1);
    }
  });

  it('brings a deleted card back on both devices, and redoes the deletion', () => {
    const a = twoHeadingBoard();
    looseCards(a, 'c1', 'c2');
    const b = connectedPeer(a);
    const historyA = new UndoHistory(a);
    historyA.record(() => deleteCardAs(a, 'c1', { participantId: 'rev-1', leadReviewer: false }), 'Card deleted.');
    expect(b.get('cards', 'c1')).toBeUndefined();
    expect(historyA.undo()?.changedBoard).toBe(true);
    expect(b.get('cards', 'c1')).toMatchObject({ observation: 'Observation c1', placement: { headingId: 'h1', lane: 'strengths' } });
    expect(historyA.state.get()).toEqual({ canUndo: false, canRedo: true });
    expect(historyA.redo()).toEqual({ label: 'Card deleted.', changedBoard: true });
    expect(b.get('cards', 'c1')).toBeUndefined();
  });

  it('undoes a merge and a dissolve as one step each, putting every card back in its theme', () => {
    const a = twoHeadingBoard();
    looseCards(a, 'c1', 'c2', 'c3', 'c4');
    const b = connectedPeer(a);
    const undoHistory = new UndoHistory(a);
    undoHistory.record(() => createThemeFromCards(a, 'c2', 'c1', { id: 't1' }));
    undoHistory.record(() => createThemeFromCards(a, 'c4', 'c3', { id: 't2' }));
    const before = JSON.stringify(boardView(b));
    undoHistory.record(() => mergeThemes(a, 't1', 't2'));
    undoHistory.record(() => dissolveTheme(a, 't1'));
    expect(b.count('themes')).toBe(0);
    undoHistory.undo();
    undoHistory.undo();
    expect(JSON.stringify(boardView(b))).toBe(before);
  });

  it('leaves out of the history a change that also wrote the private doc', () => {
    const a = twoHeadingBoard();
    const privateDoc = boardDocOf(new Y.Doc());
    const undoHistory = new UndoHistory(a);
    undoHistory.record(() => addCard(a, card('c1')));
    undoHistory.recordUnlessPrivate(privateDoc, () => {
      addCard(privateDoc, card('c1', { privateLearning: true }));
      a.remove('cards', 'c1');
    });
    // Only the add is left, and its card is gone from the board: nothing to undo.
    expect(undoHistory.undo()).toBeNull();
    expect(a.get('cards', 'c1')).toBeUndefined();
    undoHistory.recordUnlessPrivate(privateDoc, () => addCard(a, card('c2')));
    expect(undoHistory.state.get().canUndo).toBe(true);
  });
});

describe('what an undo says and which keys ask for one', () => {
  it('names the step, or says that nothing changed', () => {
    expect(undoStepSentence('undo', { label: 'Card deleted.', changedBoard: true })).toBe('Undone: Card deleted.');
    expect(undoStepSentence('redo', { label: 'Card deleted.', changedBoard: true })).toBe('Redone: Card deleted.');
    expect(undoStepSentence('undo', { label: 'Moved to the inbox.', changedBoard: false })).toMatch(/someone else has changed it since/);
    expect(undoStepSentence('undo', null)).toBe('Nothing of yours to undo.');
  });

  it('reads Ctrl/Cmd+Z as undo, Ctrl/Cmd+Shift+Z and Ctrl+Y as redo', () => {
    const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(undoShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(undoShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoShortcut(key('z', {}))).toBeNull();
    expect(undoShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcut(key('x', { ctrlKey: true }))).toBeNull();
  });
});
