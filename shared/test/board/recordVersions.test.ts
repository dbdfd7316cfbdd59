import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/board/cardOps';
import { readBoardMeta, readRecordEntry, recordKinds } from '../../src/board/storedRecords';
import { cardInput, emptyBoard } from './support/boards';

describe('board records carry the version they were written at', () => {
  it('stamps every record and the settings with their kind version', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    const stored = board.doc.getArray('cards').toArray() as { key: string; val: Record<string, unknown> }[];
    expect(stored).toEqual([{ key: card.id, val: { ...card, v: recordKinds.cards.version } }]);
    expect(board.doc.getMap('meta').get('board')).toMatchObject({ v: 1 });
    expect(board.get('cards', card.id)).toEqual(card);
    expect(board.get('cards', card.id)).not.toHaveProperty('v');
  });

  it('reads a record written before versions existed as version 1', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    board.doc.transact(() => {
      board.doc.getArray('cards').delete(0, 1);
      board.doc.getArray('cards').push([{ key: card.id, val: { ...card } }]);
    });
    expect(board.list('cards')).toEqual([card]);
    expect(board.unreadable()).toEqual([]);
  });

  it('skips a record from a newer version and a record with a broken version, saying which', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    board.doc.getArray('cards').push([
      { key: 'newer', val: { ...card, id: 'newer', v: 2, mood: 'new field' } },
      { key: 'broken', val: { ...card, id: 'broken', v: -1 } },
    ]);
    expect(board.list('cards').map((entry) => entry.id)).toEqual([card.id]);
    expect(board.unreadable()).toEqual([
      { collection: 'cards', id: 'newer', problem: 'was written at version 2 by a newer Washup (this one reads up to version 1)' },
      { collection: 'cards', id: 'broken', problem: 'has version -1, which is not a version' },
    ]);
  });

  it('skips a deeply nested or oversized record without throwing, whatever its version', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) deep = { inner: deep };
    board.doc.getArray('cards').push([
      { key: 'deep', val: { ...card, id: 'deep', observation: deep } },
      { key: 'deep-version', val: { ...card, id: 'deep-version', v: deep } },
      { key: 'huge', val: { ...card, id: 'huge', observation: 'x'.repeat(1_000_000), v: 1 } },
    ]);
    expect(board.list('cards').map((entry) => entry.id)).toEqual([card.id]);
    expect(board.unreadable().map((entry) => entry.id).sort()).toEqual(['deep', 'deep-version', 'huge']);
  });

  it('checks entries the same way for every kind, with or without a version', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    expect(readRecordEntry('cards', { key: card.id, val: card }).ok).toBe(true);
    expect(readRecordEntry('cards', { key: card.id, val: { ...card, v: 1 } }).ok).toBe(true);
    expect(readRecordEntry('cards', { key: card.id, val: { ...card, v: 2 } }).ok).toBe(false);
    const meta = board.meta;
    expect(readBoardMeta(meta).ok).toBe(true);
    expect(readBoardMeta({ ...meta, v: 1 }).ok).toBe(true);
    expect(readBoardMeta({ ...meta, v: 9 })).toMatchObject({ ok: false, unreadable: { collection: 'meta', problem: expect.stringMatching(/newer Washup/) as string } });
  });
});

describe('BoardDoc.mayHold: a look at the stored values before reading every record', () => {
  it('finds a value stored at the current version, with or without the version field', () => {
    const board = emptyBoard();
    addCard(board, cardInput());
    expect(board.mayHold('cards', 'privateLearning', true)).toBe(false);
    const learning = addCard(board, cardInput({ privateLearning: true }));
    expect(board.mayHold('cards', 'privateLearning', true)).toBe(true);
    board.remove('cards', learning.id);
    expect(board.mayHold('cards', 'privateLearning', true)).toBe(false);
    board.doc.getArray('cards').push([{ key: 'unversioned', val: { ...learning, id: 'unversioned' } }]);
    expect(board.mayHold('cards', 'privateLearning', true)).toBe(true);
  });

  it('counts a record at an older version, which a migration may give the value', () => {
    const board = emptyBoard();
    const v1 = { id: 'th-1', headingId: 'h1', lane: 'strengths', title: 'Reading', summary: '', order: 'a', v: 1, hostAgreement: 'agreed' };
    board.doc.getArray('themes').push([{ key: 'th-1', val: v1 }]);
    expect(board.get('themes', 'th-1')?.agreementBeforeHosts).toBe('agreed');
    expect(board.mayHold('themes', 'agreementBeforeHosts', 'agreed')).toBe(true);
  });

  it('counts the writes of the running transaction, which the stored values do not show yet', () => {
    const board = emptyBoard();
    board.transact(() => {
      addCard(board, cardInput({ privateLearning: true }));
      expect(board.mayHold('cards', 'privateLearning', true)).toBe(true);
    });
  });

  it('counts garbage as a maybe (reading skips it), without throwing', () => {
    const board = emptyBoard();
    board.doc.getArray('cards').push([{ key: 'nothing', val: null }, { key: 'text', val: 'privateLearning' }, 42]);
    expect(board.mayHold('cards', 'privateLearning', true)).toBe(true);
    expect(board.list('cards')).toEqual([]);
  });
});
