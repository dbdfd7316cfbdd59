import * as Y from 'yjs';
import { canFacilitate, type Role } from '@washup/shared/auth';
import { mayDeleteCard, readRecordEntry, recordRefusalPrefix, type CollectionName } from '@washup/shared/board';
import type { DecodedUpdate } from './decodedUpdate';
import { forEachNewlyDeletedItem, type DeleteSet } from './deletedItems';
import { anotherPairSurvives, collectionOf, keyOf } from './recordPairs';
import { UpdateRefused } from './updateGuard';

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

/** A record pair the doc holds, not deleted yet, that an update deletes without writing its key again. */
interface RemovedPair {
  collection: CollectionName;
  key: string;
  /** The stored `{ key, val }` pair. */
  pair: unknown;
}

/** Calls `visit` for each pair the update removes. Costs O(deleted ranges × log(doc)), never a pass over the whole doc. */
function forEachRemovedPair(doc: Y.Doc, structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>, ds: DeleteSet, visit: (removed: RemovedPair) => void): void {
  const rewritten = rewrittenKeys(structs);
  forEachNewlyDeletedItem(doc, ds, (item, values) => {
    if (!(item.content instanceof Y.ContentAny)) return;
    const collection = collectionOf(item);
    if (collection === null) return;
    for (const pair of values) {
      const key = keyOf(pair);
      if (key !== null && !rewritten.has(key)) visit({ collection, key, pair });
    }
  });
}

/**
 * How many records, by collection, applying `update` would take off the board: pairs the doc
 * holds, not deleted yet, that the update deletes and whose key it does not write again. A
 * reconnecting client resends its whole delete set, which removes nothing already gone, so it
 * counts nothing here.
 */
export function recordsRemovedBy(doc: Y.Doc, { structs, ds }: DecodedUpdate): Map<CollectionName, number> {
  if (ds.clients.size === 0) return new Map();
  const removed = new Map<CollectionName, Set<string>>();
  forEachRemovedPair(doc, structs, ds, ({ collection, key }) => {
    const keys = removed.get(collection) ?? new Set<string>();
    keys.add(key);
    removed.set(collection, keys);
  });
  return new Map(Array.from(removed, ([collection, keys]) => [collection, keys.size]));
}

/** Who sent an update, as the relay knows them from their token. */
export interface UpdateWriter {
  role: Role;
  /** Null for someone on an invite link who has not joined by name: they author no card. */
  participantId: string | null;
}

/**
 * Refuses (throws UpdateRefused, before anything is applied) a board-doc update that removes a card
 * its writer may not delete: only its author or the Lead Reviewer may (mayDeleteCard). Removing is
 * deleting a card's pair without writing its key again, so an edit or a move (which rewrite the
 * card) stays anyone's. A card whose stored value does not read names no author it can be checked
 * against: only the Lead Reviewer removes it. The Lead Reviewer's updates are not read here at all.
 */
export function refuseCardRemovalsByOthers(doc: Y.Doc, { structs, ds }: DecodedUpdate, writer: UpdateWriter): void {
  if (canFacilitate(writer.role)) return;
  if (ds.clients.size === 0) return;
  const deleter = { participantId: writer.participantId ?? '', leadReviewer: false };
  forEachRemovedPair(doc, structs, ds, ({ collection, key, pair }) => {
    if (collection !== 'cards') return;
    const reading = readRecordEntry('cards', pair);
    if (reading.ok && mayDeleteCard(reading.record, deleter)) return;
    if (anotherPairSurvives(doc, collection, key, ds)) return;
    throw new UpdateRefused(`${recordRefusalPrefix}card ${key} can be deleted only by its author or the Lead Reviewer; nothing was saved`);
  });
}
