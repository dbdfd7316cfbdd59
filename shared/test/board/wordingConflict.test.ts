import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';
import { BoardOperationError } from '../../src/board/boardOperationError';
import { addCard, editCard } from '../../src/board/cardOps';
import { createThemeFromCards, editThemeSummary } from '../../src/board/themeOps';
import { mergeWording, wordingConflict, wordingToSave } from '../../src/board/wordingConflict';
import { cardInput, emptyBoard } from './support/boards';

/** Short strings over few letters, so that equal base, draft and stored values come up often. */
const wording = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 4 });

describe('wordingConflict', () => {
  it('is a conflict exactly when both this editor and someone else changed the text, differently', () => {
    fc.assert(
      fc.property(wording, wording, wording, (base, draft, stored) => {
        expect(wordingConflict(base, draft, stored)).toBe(stored !== base && draft !== base && draft !== stored);
      }),
      { numRuns: 2000 },
    );
  });

  it('never conflicts while nobody else changed the text, whatever was typed', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (base, draft) => {
        expect(wordingConflict(base, draft, base)).toBe(false);
      }));
  });

  it('never conflicts when the other person stored exactly this draft', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (base, draft) => {
        expect(wordingConflict(base, draft, draft)).toBe(false);
      }));
  });

  it('always conflicts when someone stored other text than both the base and a changed draft', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (base, draft, stored) => {
        fc.pre(stored !== base && stored !== draft && draft !== base);
        expect(wordingConflict(base, draft, stored)).toBe(true);
      }),
    );
  });

  it('a save the check lets through never drops a stored text its editor did not start from or choose', () => {
    // What a save that passes the check writes: the stored text when this editor left the field as
    // it was (theirs is kept), otherwise the draft over a stored text that was the editor's own base.
    fc.assert(
      fc.property(wording, wording, wording, (base, draft, stored) => {
        if (wordingConflict(base, draft, stored)) return;
        const written = wordingToSave('field', { base, draft }, stored);
        expect(written === stored || stored === base).toBe(true);
        if (draft !== base) expect(written).toBe(draft);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mergeWording', () => {
  it('keeps every word of both, theirs first, with the separator between', () => {
    expect(mergeWording('Theirs here', 'Mine here', '\n\n')).toBe('Theirs here\n\nMine here');
  });

  it('gives one text when it already holds the other, or when one is empty', () => {
    expect(mergeWording('Reading is strong', 'Reading is strong in KS2', ' ')).toBe('Reading is strong in KS2');
    expect(mergeWording('Reading is strong in KS2', 'strong', ' ')).toBe('Reading is strong in KS2');
    expect(mergeWording('', 'Mine', ' ')).toBe('Mine');
    expect(mergeWording('Theirs', '  ', ' ')).toBe('Theirs');
  });

  it('always holds both texts (trimmed)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(' ', '\n\n'), (theirs, mine, separator) => {
        const merged = mergeWording(theirs, mine, separator);
        expect(merged).toContain(theirs.trim());
        expect(merged).toContain(mine.trim());
      }),
    );
  });
});

describe('wordingToSave', () => {
  it('refuses a save begun from text that is no longer stored, naming the field and the choices', () => {
    expect(() => wordingToSave('feedback point', { base: 'old', draft: 'mine' }, 'theirs')).toThrow(BoardOperationError);
    expect(() => wordingToSave('feedback point', { base: 'old', draft: 'mine' }, 'theirs')).toThrow(
      /someone else changed the feedback point while you were editing it: choose to keep yours, use theirs or merge them/,
    );
  });

  it('saves the draft when the base is still stored, or the draft is what is stored', () => {
    expect(wordingToSave('title', { base: 'old', draft: 'mine' }, 'old')).toBe('mine');
    expect(wordingToSave('title', { base: 'old', draft: 'same' }, 'same')).toBe('same');
  });

  it('keeps what someone else stored in a field this editor left as it was, so a rename is never reverted', () => {
    expect(wordingToSave('title', { base: 'Reading', draft: 'Reading' }, 'A love of reading')).toBe('A love of reading');
  });
});

/** Two devices on one board, each applying the other's updates as a relay would pass them on. */
function twoDevices() {
  const first = emptyBoard();
  addCard(first, cardInput({ id: 'a', observation: 'Pupils read aloud' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
  addCard(first, cardInput({ id: 'b', observation: 'Pupils discuss texts' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
  createThemeFromCards(first, 'b', 'a', { id: 't1' });
  const second = new BoardDoc(new Y.Doc());
  Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc));
  const sync = () => {
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc, Y.encodeStateVector(second.doc)));
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(second.doc, Y.encodeStateVector(first.doc)));
  };
  return { first, second, sync };
}

describe('two people saving the same wording', () => {
  it("refuses the later save that began before the earlier one, so the first person's words are not overwritten unseen", () => {
    const { first, second, sync } = twoDevices();
    const base = second.get('themes', 't1')!.summary;
    editThemeSummary(first, 't1', 'Reading is a strength across the school');
    sync();
    const stale = () =>
      second.transact(() => {
        editThemeSummary(second, 't1', wordingToSave('feedback point', { base, draft: 'Pupils love reading' }, second.get('themes', 't1')!.summary));
      });
    expect(stale).toThrow(BoardOperationError);
    sync();
    expect(first.get('themes', 't1')!.summary).toBe('Reading is a strength across the school');
    expect(second.get('themes', 't1')!.summary).toBe('Reading is a strength across the school');
  });

  it('lets the later save through once its editor merged the stored text in, and both devices end with the merge', () => {
    const { first, second, sync } = twoDevices();
    editCard(first, 'a', { observation: 'Pupils read aloud fluently' });
    sync();
    const theirs = second.get('cards', 'a')!.observation;
    const merged = mergeWording(theirs, 'Pupils read aloud in Year 2', '\n\n');
    second.transact(() => {
      editCard(second, 'a', { observation: wordingToSave('observation', { base: theirs, draft: merged }, second.get('cards', 'a')!.observation) });
    });
    sync();
    expect(first.get('cards', 'a')!.observation).toBe('Pupils read aloud fluently\n\nPupils read aloud in Year 2');
    expect(second.get('cards', 'a')!.observation).toBe(first.get('cards', 'a')!.observation);
  });
});
