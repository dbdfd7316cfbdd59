import * as Y from 'yjs';
import { collectionNames, type CollectionName } from '@washup/shared/board';

const collections = new Set<string>(collectionNames);

function keyOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const key: unknown = (value as { key?: unknown }).key;
  return typeof key === 'string' ? key : null;
}

/** The keys an update writes a new pair for: a deleted pair whose key is written again was replaced (an edit, a move), not removed. */
function rewrittenKeys(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>): Set<string> {
  const keys = new Set<string>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    for (const value of struct.content.arr) {
      const key = keyOf(value);
      if (key !== null) keys.add(key);
    }
  }
  return keys;
}

/** The collection a record pair already in the doc sits in, or null for anything else. */
function collectionOf(item: Y.Item): CollectionName | null {
  const parent: unknown = item.parent;
  if (!(parent instanceof Y.AbstractType) || parent._item !== null || item.parentSub !== null) return null;
  const root = Y.findRootTypeKey(parent);
  return collections.has(root) ? (root as CollectionName) : null;
}

/**
 * How many records, by collection, applying `update` would take off the board: pairs the doc
 * holds, not deleted yet, that the update deletes and whose key it does not write again. A
 * reconnecting client resends its whole delete set, which removes nothing already gone, so it
 * counts nothing here. Costs O(deleted ranges × log(doc)), never a pass over the whole doc.
 */
export function recordsRemovedBy(doc: Y.Doc, update: Uint8Array): Map<CollectionName, number> {
  const removed = new Map<CollectionName, Set<string>>();
  const { structs, ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return new Map();
  const rewritten = rewrittenKeys(structs);
  for (const [client, ranges] of ds.clients) {
    const own = doc.store.clients.get(client);
    if (!own) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      const end = clock + len;
      for (let index = Y.findIndexSS(own, clock); index < own.length; index++) {
        const struct = own[index];
        if (!struct || struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentAny)) continue;
        const collection = collectionOf(struct);
        if (collection === null) continue;
        const values = struct.content.arr.slice(Math.max(0, clock - struct.id.clock), end - struct.id.clock);
        for (const value of values) {
          const key = keyOf(value);
          if (key === null || rewritten.has(key)) continue;
          const keys = removed.get(collection) ?? new Set<string>();
          keys.add(key);
          removed.set(collection, keys);
        }
      }
    }
  }
  return new Map(Array.from(removed, ([collection, keys]) => [collection, keys.size]));
}
