import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';
import { addCard, deleteCard, editCard } from '../../src/board/cardOps';
import { migrateNarrative, narrativeText, readNarrative } from '../../src/board/narrative';
import { changeCounts, diffBoards, restoreBoardTo, restoreDiff } from '../../src/board/recordDiff';
import { cardInput, emptyBoard } from './support/boards';

function copyOf(board: BoardDoc): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board.doc));
  return new BoardDoc(doc);
}

describe('a record diff between two boards', () => {
  it('counts records added, changed and removed, per collection', () => {
    const before = emptyBoard();
    const kept = addCard(before, cardInput({ observation: 'Kept' }));
    const edited = addCard(before, cardInput({ observation: 'Edited' }));
    const deleted = addCard(before, cardInput({ observation: 'Deleted' }));
    const after = copyOf(before);
    editCard(after, edited.id, { observation: 'Edited again' });
    deleteCard(after, deleted.id);
    addCard(after, cardInput({ observation: 'New' }));

    const diff = diffBoards(before, after);
    expect(changeCounts(diff)).toEqual({ cards: { added: 1, changed: 1, removed: 1 } });
    expect(diff.removed).toEqual([{ collection: 'cards', id: deleted.id }]);
    expect(diff.changed.map((entry) => entry.record.id)).toEqual([edited.id]);
    expect(diffBoards(before, copyOf(before))).toEqual({ added: [], changed: [], removed: [] });
    expect(before.get('cards', kept.id)).toEqual(after.get('cards', kept.id));
  });

  it('restores a board as one new change that a copy offline throughout takes in and ends equal', () => {
    const live = emptyBoard();
    for (let i = 0; i < 5; i++) addCard(live, cardInput({ observation: `Card ${i}` }));
    const point = copyOf(live);
    const offline = copyOf(live);
    live.transact(() => {
      for (const card of live.list('cards')) deleteCard(live, card.id);
    });
    const since = addCard(live, cardInput({ observation: 'Added after the wipe' }));

    const done = restoreBoardTo(live, point);
    expect(changeCounts(done)).toEqual({ cards: { added: 5, changed: 0, removed: 1 } });
    expect(diffBoards(live, point)).toEqual({ added: [], changed: [], removed: [] });
    expect(live.get('cards', since.id)).toBeUndefined();

    Y.applyUpdate(offline.doc, Y.encodeStateAsUpdate(live.doc, Y.encodeStateVector(offline.doc)));
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(offline.doc, Y.encodeStateVector(live.doc)));
    expect(diffBoards(offline, point)).toEqual({ added: [], changed: [], removed: [] });
    expect(offline.list('cards')).toHaveLength(5);
  });

  it("leaves the report's words and narrative as the live board holds them when the scope leaves them out", () => {
    const point = emptyBoard();
    addCard(point, cardInput({ observation: 'In the point' }));
    migrateNarrative(point, null);
    narrativeText(point.doc, 'summary').insert(0, 'Older summary.');
    point.put('estimates', { id: 'h1', point: 'Effective' });
    const live = copyOf(point);
    for (const card of live.list('cards')) deleteCard(live, card.id);
    narrativeText(live.doc, 'summary').delete(0, 6);
    live.put('estimates', { id: 'h1', point: 'Leading' });
    live.put('redactions', { id: 'r1', name: 'Amy', replacement: 'a teacher' });

    expect(changeCounts(restoreDiff(live, point, { reportWords: false }))).toEqual({ cards: { added: 1, changed: 0, removed: 0 } });
    const done = restoreBoardTo(live, point, { reportWords: false });
    expect(changeCounts(done)).toEqual({ cards: { added: 1, changed: 0, removed: 0 } });
    expect(live.list('cards')).toHaveLength(1);
    expect(readNarrative(live, 'summary')).toBe('summary.');
    expect(live.get('estimates', 'h1')).toEqual({ id: 'h1', point: 'Leading' });
    expect(live.list('redactions')).toHaveLength(1);

    restoreBoardTo(live, point, { reportWords: true });
    expect(readNarrative(live, 'summary')).toBe('Older summary.');
    expect(live.get('estimates', 'h1')).toEqual({ id: 'h1', point: 'Effective' });
    expect(live.list('redactions')).toHaveLength(0);
  });
});

