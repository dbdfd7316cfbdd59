import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, boardDocOf, editCard, wordingToSave, type BoardDoc } from '@washup/shared/board';
import { applyBoardWrite } from '../src/sync/boardWrite';
import { card, twoHeadingBoard } from './boardBuilder';

/** A second device's copy of `board`, kept up to date by `sync` as the relay would pass updates on. */
function secondDevice(board: BoardDoc) {
  const other = boardDocOf(new Y.Doc());
  const sync = () => Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(board.doc, Y.encodeStateVector(other.doc)));
  sync();
  return { other, sync };
}

/** The card edit's save as the capture form makes it: the stored text is read in the same step as the write. */
function saveObservation(board: BoardDoc, base: string, draft: string): string | null {
  return applyBoardWrite(() =>
    board.transact(() => {
      editCard(board, 'a', { observation: wordingToSave('observation', { base, draft }, board.get('cards', 'a')?.observation ?? '') });
    }),
  );
}

describe('a save racing a remote update, through the one board-write path', () => {
  it('is refused in a sentence that says what happened and what to do, and writes nothing', () => {
    const board = twoHeadingBoard();
    addCard(board, card('a', { observation: 'Pupils read aloud' }));
    const { other, sync } = secondDevice(board);
    const base = other.get('cards', 'a')!.observation;
    // The remote save lands after this device last rendered its form, just before its Save.
    editCard(board, 'a', { observation: 'Pupils read aloud fluently' });
    sync();
    expect(saveObservation(other, base, 'Pupils read aloud in Year 2')).toBe(
      'Someone else changed the observation while you were editing it: choose to keep yours, use theirs or merge them, then save again.',
    );
    expect(other.get('cards', 'a')!.observation).toBe('Pupils read aloud fluently');
  });

  it('goes through once the editor has taken the stored text as its base', () => {
    const board = twoHeadingBoard();
    addCard(board, card('a', { observation: 'Pupils read aloud' }));
    const { other, sync } = secondDevice(board);
    editCard(board, 'a', { observation: 'Pupils read aloud fluently' });
    sync();
    expect(saveObservation(other, 'Pupils read aloud fluently', 'Pupils read aloud in Year 2')).toBeNull();
    expect(other.get('cards', 'a')!.observation).toBe('Pupils read aloud in Year 2');
  });
});
