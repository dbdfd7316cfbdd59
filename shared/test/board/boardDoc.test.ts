import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';
import type { Heading } from '../../src/board/records';

const heading = (id: string, title: string): Heading => ({ id, title, description: '', panel: false, order: 'a0' });

describe('BoardDoc inside a transaction', () => {
  it('reads its own writes before the transaction ends', () => {
    const board = new BoardDoc(new Y.Doc());
    board.put('headings', heading('h1', 'Before'));
    board.transact(() => {
      board.put('headings', heading('h1', 'After'));
      board.put('headings', heading('h2', 'New'));
      board.remove('headings', 'h1');
      board.put('headings', heading('h3', 'Other'));
      expect(board.get('headings', 'h1')).toBeUndefined();
      expect(board.get('headings', 'h2')?.title).toBe('New');
      expect(board.list('headings').map((h) => h.id).sort()).toEqual(['h2', 'h3']);
      expect(board.count('headings')).toBe(2);
    });
    expect(board.list('headings').map((h) => h.id).sort()).toEqual(['h2', 'h3']);
    expect(board.count('headings')).toBe(2);
  });

  it('leaves one entry for a record created and rewritten in one transaction, so it can still be removed', () => {
    const board = new BoardDoc(new Y.Doc());
    board.transact(() => {
      board.put('headings', heading('h1', 'First'));
      board.put('headings', heading('h1', 'Second'));
    });
    expect(board.doc.getArray('headings').length).toBe(1);
    expect(board.get('headings', 'h1')?.title).toBe('Second');
    board.remove('headings', 'h1');
    expect(board.get('headings', 'h1')).toBeUndefined();
    expect(new BoardDoc(board.doc).count('headings')).toBe(0);
  });

  it('forgets the writes of a finished transaction', () => {
    const board = new BoardDoc(new Y.Doc());
    board.transact(() => board.put('headings', heading('h1', 'Mine')));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(board.doc));
    const peerBoard = new BoardDoc(peer);
    peerBoard.put('headings', heading('h1', 'Theirs'));
    Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(peer));
    expect(board.get('headings', 'h1')?.title).toBe('Theirs');
  });
});
