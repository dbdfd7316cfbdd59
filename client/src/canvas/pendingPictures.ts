import { toHexString } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';
import * as idb from 'lib0/indexeddb';
import { pendingPictureKind, type PendingPicture } from '@washup/shared/canvas';
import { readVersioned, stampVersion } from '@washup/shared/records';
import { localDocName } from '../sync/BoardConnection';

/**
 * Pictures dropped on the canvas while offline are kept on this device until the relay has them:
 * in the board's own copy on this device (y-indexeddb's database of the board doc, in the store it
 * keeps for an app's own values), so they outlive a closed tab and go when the copy is forgotten.
 */
/** y-indexeddb's stores (see its source): the doc's updates, and one for an app's own values. */
const updatesStore = 'updates';
const customStore = 'custom';
const keyPrefix = 'washup-picture:';

/** A picture's id as the relay names it: the SHA-256 of its bytes (computed here, as http on the room's network has no crypto.subtle). */
export function pictureIdOf(bytes: Uint8Array): string {
  return toHexString(digest(bytes));
}

async function withPictureStore<T>(boardId: string, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await idb.openDB(localDocName({ boardId, kind: 'board' }), (created) => idb.createStores(created, [[updatesStore, { autoIncrement: true }], [customStore]]));
  try {
    const [store] = idb.transact(db, [customStore]);
    if (!store) throw new Error("the board's copy on this device has no store for pictures");
    return await work(store);
  } finally {
    db.close();
  }
}

/** Keeps a picture on this device until `forgetPendingPicture`; the same picture kept twice is one. */
export function keepPendingPicture(boardId: string, picture: PendingPicture): Promise<void> {
  return withPictureStore(boardId, async (store) => {
    // Straight to IndexedDB: lib0's put is typed for plain values, and the picture is an object with its bytes.
    await idb.rtop(store.put(stampVersion(pendingPictureKind, picture), keyPrefix + picture.assetId));
  });
}

export function forgetPendingPicture(boardId: string, assetId: string): Promise<void> {
  return withPictureStore(boardId, (store) => idb.del(store, keyPrefix + assetId));
}

/** Every picture of the board waiting on this device; one that does not read is left where it is and named in the console. */
export function pendingPictures(boardId: string): Promise<PendingPicture[]> {
  return withPictureStore(boardId, async (store) => {
    const entries = await idb.getAllKeysValues(store, idb.createIDBKeyRangeBound(keyPrefix, `${keyPrefix}\uffff`, false, false));
    const pictures: PendingPicture[] = [];
    for (const { k, v } of entries) {
      const reading = readVersioned(pendingPictureKind, v);
      if (reading.ok) pictures.push(reading.value);
      else console.warn(`a picture kept on this device (${String(k)}) could not be read and is not uploaded`, reading.problem);
    }
    return pictures;
  });
}
