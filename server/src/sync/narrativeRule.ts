import * as Y from 'yjs';
import { maxNarrativeChars, maxNarrativeCharsPerUpdate, narrativePartOfRoot } from '@washup/shared/board';

/** The delete set of a decoded update: per client, the ranges of clocks it deletes. */
type DeleteRanges = ReturnType<typeof Y.decodeUpdate>['ds']['clients'];

/** How many of an item's characters the update deletes. */
function deletedOf(item: Y.Item, deletes: DeleteRanges): number {
  let deleted = 0;
  for (const range of deletes.get(item.id.client) ?? []) {
    const from = Math.max(range.clock, item.id.clock);
    const to = Math.min(range.clock + range.len, item.id.clock + item.length);
    if (to > from) deleted += to - from;
  }
  return deleted;
}

/** How long a part is now, less what the update deletes of it. */
function lengthKept(doc: Y.Doc, root: string, deletes: DeleteRanges): number {
  const type = doc.share.get(root);
  if (!type) return 0;
  let kept = 0;
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted && item.countable) kept += item.length - deletedOf(item, deletes);
  }
  return kept;
}

/**
 * The relay's rule for the report's narrative (`narrative:<part>` roots): plain text only
 * (strings: no formatting, embeds or nested types), under a part of the report, no longer than a
 * part may be, and no more added in one update than `maxNarrativeCharsPerUpdate`. Fed every new
 * item the update puts in the narrative, then asked for the update's problem; each problem is in
 * the words of a close reason.
 */
export class NarrativeRule {
  private readonly added = new Map<string, number>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly deletes: DeleteRanges,
  ) {}

  /** Why a new item may not go in the narrative root `root` (at map key `key`, which a text never has); null when it may. */
  itemProblem(item: Y.Item, root: string, key: string | null): string | null {
    if (narrativePartOfRoot(root) === null) return `the narrative has no part ${JSON.stringify(root.slice(0, 80))}`;
    if (key !== null) return 'a part of the narrative is a text, not a map';
    if (!(item.content instanceof Y.ContentString)) return 'the narrative is plain text: no formatting, embeds or nested types';
    this.added.set(root, (this.added.get(root) ?? 0) + item.length - deletedOf(item, this.deletes));
    return null;
  }

  /** Why the update's items together may not be written (a part made too long, too much at once); null when they may. */
  sizeProblem(): string | null {
    let total = 0;
    for (const [root, added] of this.added) {
      total += added;
      const length = lengthKept(this.doc, root, this.deletes) + added;
      if (length > maxNarrativeChars) return `a part of the narrative holds at most ${maxNarrativeChars} characters (this write makes it ${length})`;
    }
    if (total > maxNarrativeCharsPerUpdate) return `one write adds at most ${maxNarrativeCharsPerUpdate} characters to the narrative (this one adds ${total})`;
    return null;
  }
}
