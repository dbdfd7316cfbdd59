import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, boardDocOf, deleteCard, editCard } from '@washup/shared/board';
import { storedUpdateMayHoldPrivateCard } from '../src/sync/privateCardCopy';
import { card, twoHeadingBoard } from './boardBuilder';

/** Every update a doc emits from now on, as y-indexeddb stores them one by one. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

describe('a host’s or observer’s stored board copy is checked for reviewer learning', () => {
  it('finds a reviewer-learning card written before the private docs', () => {
    const board = twoHeadingBoard();
    addCard(board, card('private', { privateLearning: true, observation: 'PRIVATE: take triads home' }));
    expect(storedUpdateMayHoldPrivateCard(Y.encodeStateAsUpdate(board.doc))).toBe(true);
  });

  it('passes a copy with shared cards only', () => {
    const board = twoHeadingBoard();
    addCard(board, card('shared'));
    editCard(board, 'shared', { observation: 'Edited, still shared' });
    expect(storedUpdateMayHoldPrivateCard(Y.encodeStateAsUpdate(board.doc))).toBe(false);
  });

  it('finds one in an update that a later update deleted: the stored bytes still hold its text', () => {
    const board = twoHeadingBoard();
    const updates = recordUpdates(board.doc);
    addCard(board, card('private', { privateLearning: true }));
    deleteCard(board, 'private');
    expect(board.list('cards')).toEqual([]);
    expect(updates.some(storedUpdateMayHoldPrivateCard)).toBe(true);
    // The deletion alone carries no card.
    expect(storedUpdateMayHoldPrivateCard(updates.at(-1))).toBe(false);
  });

  it('finds one made private by an edit', () => {
    const board = twoHeadingBoard();
    addCard(board, card('later-private'));
    const updates = recordUpdates(board.doc);
    editCard(board, 'later-private', { privateLearning: true });
    expect(updates.some(storedUpdateMayHoldPrivateCard)).toBe(true);
  });

  it('counts what it cannot read as holding one, so such a copy is dropped rather than trusted', () => {
    expect(storedUpdateMayHoldPrivateCard(new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]))).toBe(true);
    expect(storedUpdateMayHoldPrivateCard('not an update')).toBe(true);
    expect(storedUpdateMayHoldPrivateCard(null)).toBe(true);
    expect(storedUpdateMayHoldPrivateCard({ structs: [] })).toBe(true);
  });

  it('reads a large and deeply nested stored value without failing', () => {
    const doc = new Y.Doc();
    let nested: unknown = { privateLearning: true };
    for (let depth = 0; depth < 200; depth++) nested = { val: nested };
    doc.getArray('cards').push([{ key: 'deep', val: nested }, ...Array.from({ length: 2_000 }, (_, index) => ({ key: `k${index}`, val: { privateLearning: false } }))]);
    expect(storedUpdateMayHoldPrivateCard(Y.encodeStateAsUpdate(doc))).toBe(false);
    const board = boardDocOf(new Y.Doc());
    addCard(board, card('p', { privateLearning: true, observation: 'x'.repeat(4000) }));
    expect(storedUpdateMayHoldPrivateCard(Y.encodeStateAsUpdate(board.doc))).toBe(true);
  });
});
