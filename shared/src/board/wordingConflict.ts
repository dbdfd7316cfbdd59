import { BoardOperationError } from './boardOperationError';

/**
 * One text field as an open editor holds it: the stored text it started from (or last chose to
 * take in), and what is typed now, trimmed as the record will store it.
 */
export interface WordingDraft {
  base: string;
  draft: string;
}

/**
 * Whether saving `draft`, begun from `base`, would overwrite text someone else stored meanwhile
 * (`stored`) without its editor having seen it. Nobody changed it (stored is still the base), they
 * stored exactly this draft, or this editor left the field as it found it (it then follows theirs):
 * no conflict. Both changed it, differently: a conflict the editor must resolve.
 */
export function wordingConflict(base: string, draft: string, stored: string): boolean {
  return stored !== base && draft !== stored && draft !== base;
}

/**
 * Their stored text put into my draft, to edit the two together: theirs first (it is already
 * saved), then mine. When one already holds the other, that one is enough.
 */
export function mergeWording(theirs: string, mine: string, separator: string): string {
  const their = theirs.trim();
  const my = mine.trim();
  if (their.includes(my)) return their;
  if (my.includes(their)) return my;
  return `${their}${separator}${my}`;
}

/**
 * The text a save writes for one field: the draft, or what is stored when this editor left the
 * field untouched (so a field nobody here changed never reverts someone else's save). Refuses a
 * draft that began from text no longer stored. Called inside the board write, right before
 * writing, in the same synchronous step: no remote change can land between this check and the
 * write, so a stale save is never applied silently.
 */
export function wordingToSave(field: string, wording: WordingDraft, stored: string): string {
  if (wordingConflict(wording.base, wording.draft, stored)) {
    throw new BoardOperationError(
      'invalid',
      `someone else changed the ${field} while you were editing it: choose to keep yours, use theirs or merge them, then save again`,
    );
  }
  return wording.draft === wording.base ? stored : wording.draft;
}
