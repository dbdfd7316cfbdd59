import { useState } from 'react';
import { wordingConflict, type WordingDraft } from '@washup/shared/board';
import { chooseWording, type WordingChoice } from './wordingChoice';

export interface WordingBase {
  /** The base and the trimmed draft, for the save's last check (`wordingToSave`) inside the write. */
  wording: WordingDraft;
  /** Text someone else stored since this draft's base, not yet seen and chosen about; null when there is none. */
  theirs: string | null;
  choose: (choice: WordingChoice) => void;
}

/**
 * Remembers the stored text an open editor started from, so that a change someone else saves
 * meanwhile shows at once instead of being overwritten by this draft's save. `stored` is the
 * field's live value; `separator` joins theirs and mine on a merge (a space-like one for one-line fields).
 */
export function useWordingBase(stored: string, draft: string, setDraft: (value: string) => void, separator = '\n\n'): WordingBase {
  const [base, setBase] = useState(stored);
  const typed = draft.trim();
  if (stored !== base) {
    // A field left as it was follows what they stored; one where they stored exactly what is
    // typed here needs no choice either. Further typing starts from theirs.
    if (typed === base && draft !== stored) setDraft(stored);
    if (typed === base || typed === stored) setBase(stored);
  }
  const choose = (choice: WordingChoice) => {
    const next = chooseWording(choice, draft, stored, separator);
    setBase(next.base);
    if (next.draft !== draft) setDraft(next.draft);
  };
  return { wording: { base, draft: typed }, theirs: wordingConflict(base, typed, stored) ? stored : null, choose };
}
