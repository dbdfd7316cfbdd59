import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import { BoardOperationError } from '../../src/board/boardOperationError';
import { cardSchema, headingSchema, themeSchema } from '../../src/board/records';
import { updateRecord } from '../../src/board/recordUpdate';
import { standInMeta, unreadableNotice } from '../../src/board/storedRecords';
import { buildReport } from '../../src/report/buildReport';
import { voteCandidates } from '../../src/voting/candidatesFromBoard';
import { capturedAt, cardInput, emptyBoard } from './support/boards';
import { hostileWrites } from './support/hostileRecords';

describe('a board holding a record that fails its schema', () => {
  for (const hostile of hostileWrites) {
    it(`skips ${hostile.name} in every reader and says so`, () => {
      const board = emptyBoard();
      const kept = addCard(board, cardInput());
      hostile.write(board.doc);

      const view = boardView(board);
      expect(view.inbox.map((card) => card.id)).toEqual([kept.id]);
      expect(view.headings.map((entry) => entry.heading.id)).toEqual(['h1', 'h2']);
      expect(view.headings.every((entry) => entry.lanes.strengths.themes.length === 0)).toBe(true);
      expect(board.get('cards', 'bad-card')).toBeUndefined();
      expect(board.count('cards')).toBe(1);
      expect(() => buildReport(board, { generatedAt: capturedAt })).not.toThrow();
      expect(() => voteCandidates(view)).not.toThrow();

      const unreadable = board.unreadable();
      expect(unreadable).toHaveLength(1);
      expect(unreadableNotice(unreadable, 'not shown')).toMatch(/^(1 \w+( \w+)?|The board's settings) could not be read and is not shown\.$/);
      expect(buildReport(board, { generatedAt: capturedAt }).unreadableNote).toMatch(/could not be read and is left out of this report\.$/);
    });
  }

  it('opens with stand-in settings when the stored ones fail, rather than looking unloaded', () => {
    const board = emptyBoard();
    board.doc.getMap('meta').set('board', 'not settings');
    expect(board.meta).toEqual(standInMeta);
    expect(board.unreadable()).toEqual([{ collection: 'meta', id: null, problem: expect.any(String) as string }]);
  });

  it('keeps reading after a null entry arrives, and still replaces records by their latest write', () => {
    const board = emptyBoard();
    board.doc.getArray('cards').push([null, 7]);
    const card = addCard(board, cardInput());
    board.put('cards', { ...card, observation: 'Rewritten' });
    expect(board.list('cards').map((entry) => entry.observation)).toEqual(['Rewritten']);
    expect(board.doc.getArray('cards').length).toBe(3);
    expect(board.unreadable().map((entry) => entry.collection)).toEqual(['cards', 'cards']);
  });

  it('counts what it skipped in words for a notice', () => {
    const board = emptyBoard();
    hostileWrites[0]?.write(board.doc);
    board.doc.getArray('cards').push([null, { key: 'c9', val: { id: 'c9' } }]);
    expect(unreadableNotice(board.unreadable(), 'not shown')).toBe('2 cards and 1 theme could not be read and are not shown.');
    expect(unreadableNotice([], 'not shown')).toBeNull();
  });
});

describe('text a record cannot do without', () => {
  const invisibleOnly = ['\u200B', '\u00AD', '\u200D\uFEFF', ' \u2060 ', '\u3164', ''];

  it('refuses a title, an observation or a heading made only of invisible characters', () => {
    for (const value of invisibleOnly) {
      expect(headingSchema.safeParse({ id: 'h1', title: value, order: 'a0' }).success, JSON.stringify(value)).toBe(false);
      expect(themeSchema.safeParse({ id: 't1', headingId: 'h1', lane: 'strengths', title: value, order: 'a0' }).success).toBe(false);
      expect(cardSchema.safeParse({ ...cardInput(), id: 'c1', observation: value, placement: null }).success).toBe(false);
    }
  });

  it('accepts visible text with invisible characters in it', () => {
    expect(headingSchema.parse({ id: 'h1', title: 'Lead\u00ADership\u200B', order: 'a0' }).title).toBe('Lead\u00ADership\u200B');
  });

  it('refuses renaming a heading to a lone zero-width space', () => {
    const board = emptyBoard();
    expect(() => updateRecord(board, 'headings', 'h1', { title: '\u200B' })).toThrow(BoardOperationError);
    expect(board.get('headings', 'h1')?.title).toBe('Heading h1');
  });
});
