import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordingConflict } from '@washup/shared/board';
import { chooseWording, type WordingChoice } from '../src/ui/wordingChoice';

describe('chooseWording', () => {
  it('keep mine: the draft stays, and their text becomes the base, so saving overwrites it knowingly', () => {
    expect(chooseWording('keep-mine', 'Mine', 'Theirs', '\n\n')).toEqual({ base: 'Theirs', draft: 'Mine' });
  });

  it('use theirs: the draft is dropped for their text', () => {
    expect(chooseWording('use-theirs', 'Mine', 'Theirs', '\n\n')).toEqual({ base: 'Theirs', draft: 'Theirs' });
  });

  it('merge: their text then mine, to edit together', () => {
    expect(chooseWording('merge', 'Mine ', 'Theirs', '\n\n')).toEqual({ base: 'Theirs', draft: 'Theirs\n\nMine' });
    expect(chooseWording('merge', 'Mine', 'Theirs', ' / ')).toEqual({ base: 'Theirs', draft: 'Theirs / Mine' });
  });

  it('whatever is chosen, the conflict is resolved until someone stores something else over a draft of ones own again', () => {
    const choice = fc.constantFrom<WordingChoice>('keep-mine', 'use-theirs', 'merge');
    fc.assert(
      fc.property(choice, fc.string(), fc.string(), fc.string(), (picked, draft, stored, later) => {
        const next = chooseWording(picked, draft, stored, '\n\n');
        expect(wordingConflict(next.base, next.draft.trim(), stored)).toBe(false);
        // A draft that is just the base follows a later save silently; one with its own changes asks again.
        const ownChanges = next.draft.trim() !== next.base;
        if (ownChanges && later !== stored && later !== next.draft.trim()) expect(wordingConflict(next.base, next.draft.trim(), later)).toBe(true);
      }),
    );
  });
});
