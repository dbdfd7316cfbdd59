import * as idb from 'lib0/indexeddb';
import * as Y from 'yjs';

/** y-indexeddb's store of a doc's updates (see y-indexeddb's source: one store, auto-incremented keys). */
const updatesStore = 'updates';

function isPrivateCardEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stored: unknown = (value as { val?: unknown }).val;
  return typeof stored === 'object' && stored !== null && (stored as { privateLearning?: unknown }).privateLearning === true;
}

/**
 * Whether a value stored as a Yjs update may hold a reviewer-learning card (a `{ key, val }` pair
 * whose record says `privateLearning: true`). It reads every pair the update inserts, also those a
 * later update deleted: the stored bytes still hold their text. A value that is not an update this
 * code can read cannot be shown to be free of one, so it counts as holding one.
 */
export function storedUpdateMayHoldPrivateCard(stored: unknown): boolean {
  if (!(stored instanceof Uint8Array)) return true;
  try {
    const { structs } = Y.decodeUpdate(stored);
    return structs.some((struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentAny && struct.content.getContent().some(isPrivateCardEntry));
  } catch {
    return true;
  }
}

async function storedUpdates(name: string): Promise<unknown[]> {
  const db = await idb.openDB(name, (created) => idb.createStores(created, [[updatesStore, { autoIncrement: true }], ['custom']]));
  try {
    const [store] = idb.transact(db, [updatesStore], 'readonly');
    return store ? await idb.getAll(store) : [];
  } finally {
    db.close();
  }
}

/**
 * - `clean`: the copy holds no reviewer learning (or there is none): open it;
 * - `dropped`: it did, and it is deleted;
 * - `pending`: it did, and its deletion waits for another tab of this origin to close the
 *   database: this tab must not open it meanwhile.
 */
export type CopyCheck = 'clean' | 'dropped' | 'pending';

function deleteDatabase(name: string): Promise<CopyCheck> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve('dropped');
    request.onerror = () => reject(request.error ?? new Error(`the local copy ${name} could not be deleted`));
    // Another tab has it open; the deletion goes ahead once that tab closes it.
    request.onblocked = () => resolve('pending');
  });
}

/**
 * For a host's or observer's device: deletes this device's copy of the board doc (the IndexedDB
 * database `name`) when any of its stored updates holds a reviewer-learning card, written before
 * those cards moved to their authors' private docs, so the board syncs fresh from the relay, which
 * no longer has them. Runs before the copy is opened.
 */
export async function dropCopyHoldingPrivateCards(name: string): Promise<CopyCheck> {
  const updates = await storedUpdates(name);
  if (!updates.some(storedUpdateMayHoldPrivateCard)) return 'clean';
  return deleteDatabase(name);
}
