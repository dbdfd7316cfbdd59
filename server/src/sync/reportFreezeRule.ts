import type * as Y from 'yjs';
import type { CollectionName } from '@washup/shared/board';
import { finalVersionMarkOf } from '@washup/shared/reportFlow';
import type { DeleteSet } from './deletedItems';
import { anotherPairSurvives, keyOf } from './recordPairs';

/** Why the report's own words may not change now, in the words of a close reason; null while no version is final. */
export function reportFrozenProblem(doc: Y.Doc): string | null {
  const mark = finalVersionMarkOf(doc);
  if (mark === null) return null;
  // Short: a close reason holds 123 bytes.
  if (mark === 'unreadable') return 'the report is marked final by a newer Washup, so nothing was saved';
  return `version ${mark.version} of the report is final, so nothing was saved: the Lead Reviewer starts version ${mark.version + 1} to change it`;
}

/**
 * Whether deleting these pairs of a frozen collection changes nothing: each is a duplicate a
 * device drops after two people wrote one record at once, and another pair of its key stays.
 */
export function onlyDuplicatesDropped(doc: Y.Doc, collection: CollectionName, pairs: readonly unknown[], ds: DeleteSet): boolean {
  return pairs.every((pair) => {
    const key = keyOf(pair);
    return key !== null && anotherPairSurvives(doc, collection, key, ds);
  });
}
