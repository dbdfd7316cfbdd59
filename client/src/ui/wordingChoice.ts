import { mergeWording, type WordingDraft } from '@washup/shared/board';

/**
 * What someone whose open draft was changed under them can do: save theirs over it knowingly
 * (keep mine), drop their draft (use theirs), or take the stored text into the draft to edit both
 * together (merge).
 */
export type WordingChoice = 'keep-mine' | 'use-theirs' | 'merge';

/**
 * The editor's base and draft after a choice: each takes the stored text as the new base, since
 * the person has now seen it; only the draft differs. `draft` is the field as typed (untrimmed).
 */
export function chooseWording(choice: WordingChoice, draft: string, stored: string, separator: string): WordingDraft {
  if (choice === 'keep-mine') return { base: stored, draft };
  if (choice === 'use-theirs') return { base: stored, draft: stored };
  return { base: stored, draft: mergeWording(stored, draft, separator) };
}
