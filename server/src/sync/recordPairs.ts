import * as Y from 'yjs';
import { collectionNames, type CollectionName } from '@washup/shared/board';
import type { DeleteSet } from './deletedItems';

const collections = new Set<string>(collectionNames);

/** The key of a stored `{ key, val }` pair, or null for anything else. */
export function keyOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const key: unknown = (value as { key?: unknown }).key;
  return typeof key === 'string' ? key : null;
}

/** The collection a record pair already in the doc sits in, or null for anything else. */
export function collectionOf(item: Y.Item): CollectionName | null {
  const parent: unknown = item.parent;
  if (!(parent instanceof Y.AbstractType) || parent._item !== null || item.parentSub !== null) return null;
  const root = Y.findRootTypeKey(parent);
  return collections.has(root) ? (root as CollectionName) : null;
}

/**
 * Whether the doc holds another live pair of `key` in the collection that the update leaves
 * alone: two people who edited one record at once leave two pairs, and each device deletes the one
 * it finds replaced, which drops a duplicate, not the record. A pass over the collection, made only
 * for a removal that would otherwise be refused.
 */
export function anotherPairSurvives(doc: Y.Doc, collection: CollectionName, key: string, ds: DeleteSet): boolean {
  const type = doc.share.get(collection);
  for (let item = type?._start ?? null; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentAny)) continue;
    const { client, clock } = item.id;
    if (item.content.arr.some((pair, offset) => keyOf(pair) === key && !Y.isDeleted(ds, { client, clock: clock + offset }))) return true;
  }
  return false;
}
