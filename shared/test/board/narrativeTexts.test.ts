import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';
import { migrateNarrative, narrativeInTexts, narrativeMigrationClient, narrativeText, readNarrative } from '../../src/board/narrative';
import { restoreBoardTo } from '../../src/board/recordDiff';
import { textSplice } from '../../src/board/textSplice';

const origin = Symbol('relay');

/** A board as stored before the narrative had texts: its words in report text records. */
function oldBoard(): BoardDoc {
  const board = new BoardDoc(new Y.Doc());
  board.put('reportTexts', { id: 'summary', text: 'The school knows itself well.' });
  board.put('reportTexts', { id: 'heading:lead', text: 'Leaders are strong [#c1].' });
  return board;
}

function copyOf(board: BoardDoc): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board.doc));
  return new BoardDoc(doc);
}

describe('textSplice', () => {
  it('finds the one splice an edit of a field made', () => {
    expect(textSplice('Reading is strong.', 'Reading is very strong.')).toEqual({ index: 11, remove: 0, insert: 'very ' });
    expect(textSplice('Reading is strong.', 'Reading strong.')).toEqual({ index: 8, remove: 3, insert: '' });
    expect(textSplice('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(textSplice('Maths is good', 'Science is good')).toEqual({ index: 0, remove: 5, insert: 'Science' });
    expect(textSplice('same', 'same')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    // Both emoji share their high surrogate: the splice still takes each whole.
    const splice = textSplice('a😀b', 'a😁b');
    expect(splice).toEqual({ index: 1, remove: 2, insert: '😁' });
  });

  it('turns any text into any other when applied', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const splice = textSplice(before, after);
        const applied = splice ? before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.remove) : before;
        expect(applied).toBe(after);
      }),
    );
  });
});

describe("the narrative's texts", () => {
  it('reads the records until the relay has moved the narrative into its texts, and the texts after', () => {
    const board = oldBoard();
    expect(narrativeInTexts(board.doc)).toBe(false);
    expect(readNarrative(board, 'summary')).toBe('The school knows itself well.');
    expect(migrateNarrative(board, origin)).toBe(true);
    expect(narrativeInTexts(board.doc)).toBe(true);
    expect(narrativeText(board.doc, 'summary').toString()).toBe('The school knows itself well.');
    expect(readNarrative(board, 'heading:lead')).toBe('Leaders are strong [#c1].');
    expect(readNarrative(board, 'context')).toBe('');
    // The records stay as they were, for restore points from before.
    expect(board.get('reportTexts', 'summary')?.text).toBe('The school knows itself well.');
  });

  it('moves the records once: a second migration, after someone deleted every word, puts nothing back', () => {
    const board = oldBoard();
    migrateNarrative(board, origin);
    const summary = narrativeText(board.doc, 'summary');
    summary.delete(0, summary.length);
    expect(migrateNarrative(board, origin)).toBe(false);
    expect(readNarrative(board, 'summary')).toBe('');
  });

  it('stores each text once when two relays migrate the same stored board at once', () => {
    const stored = oldBoard();
    const first = copyOf(stored);
    const second = copyOf(stored);
    migrateNarrative(first, origin);
    migrateNarrative(second, origin);
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(second.doc));
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc));
    for (const board of [first, second]) {
      expect(readNarrative(board, 'summary')).toBe('The school knows itself well.');
      expect(readNarrative(board, 'heading:lead')).toBe('Leaders are strong [#c1].');
    }
  });

  it("migrates as the migration client and leaves the doc's own client id as it was", () => {
    const board = oldBoard();
    const own = board.doc.clientID;
    migrateNarrative(board, origin);
    expect(board.doc.clientID).toBe(own);
    expect(Y.decodeStateVector(Y.encodeStateVector(board.doc)).has(narrativeMigrationClient)).toBe(true);
  });

  it('merges two devices typing in the same paragraph at once, keeping both', () => {
    const board = oldBoard();
    migrateNarrative(board, origin);
    const ada = copyOf(board);
    const ben = copyOf(board);
    const at = 'The school knows itself'.length;
    narrativeText(ada.doc, 'summary').insert(at, ' and its pupils');
    narrativeText(ben.doc, 'summary').insert(at, ' very');
    Y.applyUpdate(ada.doc, Y.encodeStateAsUpdate(ben.doc));
    Y.applyUpdate(ben.doc, Y.encodeStateAsUpdate(ada.doc));
    const merged = readNarrative(ada, 'summary');
    expect(merged).toBe(readNarrative(ben, 'summary'));
    expect(merged).toContain(' and its pupils');
    expect(merged).toContain(' very');
    expect(merged).toMatch(/^The school knows itself.* well\.$/);
  });

  it('restores the narrative with the board: from a point with texts, and from an older point with records only', () => {
    const old = oldBoard();
    const live = copyOf(old);
    migrateNarrative(live, origin);
    const point = copyOf(live);
    narrativeText(live.doc, 'summary').insert(0, 'Changed: ');
    narrativeText(live.doc, 'context').insert(0, 'Written after the point.');
    restoreBoardTo(live, point);
    expect(readNarrative(live, 'summary')).toBe('The school knows itself well.');
    expect(readNarrative(live, 'context')).toBe('');

    narrativeText(live.doc, 'heading:lead').insert(0, 'New: ');
    restoreBoardTo(live, old);
    expect(readNarrative(live, 'heading:lead')).toBe('Leaders are strong [#c1].');
    expect(readNarrative(live, 'summary')).toBe('The school knows itself well.');
  });
});
