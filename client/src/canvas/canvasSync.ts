import type { TLRecord, TLStore } from 'tldraw';
import type * as Y from 'yjs';
import type { CanvasDoc, CanvasRecord, StoredCanvasSchema } from '@washup/shared/canvas';
import { canvasEntryProblem, storedCanvasTypeNames } from '@washup/shared/canvas';
import { acceptedRecords } from './acceptedRecords';

/** The origin of this device's canvas writes to the board doc: the sync ignores them on the way back. */
export const canvasWriteOrigin = Symbol('canvas write');

export interface CanvasSyncOptions {
  /** Whether this device may write the canvas now (its role, the Lead Reviewer's lock, a readable schema). */
  mayWrite: () => boolean;
  /** Something on the canvas could not be read or saved, as a sentence for people. */
  onProblem: (message: string) => void;
}

export interface CanvasSync {
  /** Null when the stored canvas reads; otherwise why it is shown read-only (a newer Washup's). */
  readonly blocked: string | null;
  stop(): void;
}

const sameSchema = (a: StoredCanvasSchema, b: StoredCanvasSchema) => JSON.stringify(a.sequences) === JSON.stringify(b.sequences);

const storedKinds = new Set<string>(storedCanvasTypeNames);
const isStoredKind = (record: TLRecord) => storedKinds.has(record.typeName);

/** tldraw's records have no index signature; the envelope is what Washup stores of them. */
const asStored = (record: TLRecord) => record as unknown as CanvasRecord;
const asTldraw = (record: CanvasRecord) => record as unknown as TLRecord;

/**
 * Keeps a tldraw store and the canvas part of the board doc the same. This person's own changes
 * (tldraw's source `user`, document records only: never the camera, selection or presence) go
 * into the board doc as one Yjs transaction each; changes arriving from the relay or the device's
 * own copy go into the store through `mergeRemoteChanges`, migrated from the tldraw schema they
 * were written with. A record that is not fit to store (too big, too deep, a picture not stored by the relay) is
 * never sent: the relay would refuse the whole change. It goes back to its stored version.
 */
export function syncCanvasStore(store: TLStore, canvas: CanvasDoc, options: CanvasSyncOptions): CanvasSync {
  const ours = store.schema.serialize() as StoredCanvasSchema;
  const storedSchema = canvas.schema();
  if (!storedSchema.ok) return { blocked: `The canvas was saved by a newer Washup and is shown as it is: ${storedSchema.problem}.`, stop: () => undefined };
  let written = storedSchema.schema ?? ours;

  const readable = (): TLRecord[] => canvas.list().map(asTldraw);
  const initial = store.schema.migrateStoreSnapshot({ store: Object.fromEntries(readable().map((record) => [record.id, record])), schema: written });
  if (initial.type === 'error') return { blocked: `The canvas could not be brought up to this version of tldraw (${initial.reason}).`, stop: () => undefined };
  putRemote(store, Object.values(initial.value), [], options);

  const writeRecords = (records: readonly TLRecord[], removed: readonly string[]): Array<{ record: TLRecord; problem: string }> => {
    const refused: Array<{ record: TLRecord; problem: string }> = [];
    canvas.transact(() => {
      if (!sameSchema(written, ours)) {
        canvas.setSchema(ours);
        written = ours;
      }
      for (const record of records) {
        const problem = canvasEntryProblem({ key: record.id, val: { record } });
        if (problem) refused.push({ record, problem });
        else canvas.put(asStored(record));
      }
      for (const id of removed) canvas.remove(id);
    }, canvasWriteOrigin);
    return refused;
  };

  // Old records migrated on this device are written back with today's schema, so the next device reads them directly.
  if (options.mayWrite() && storedSchema.schema !== null && !sameSchema(storedSchema.schema, ours)) writeRecords(Object.values(initial.value), []);

  let known = new Map(canvas.entries);
  const onStored = (_event: Y.YArrayEvent<unknown>, transaction: Y.Transaction) => {
    const current = canvas.entries;
    if (transaction.origin === canvasWriteOrigin) {
      known = new Map(current);
      return;
    }
    const changed: TLRecord[] = [];
    const removed: string[] = [];
    for (const [id, entry] of current) {
      if (known.get(id) === entry) continue;
      const reading = canvas.read(entry);
      if (reading.ok) changed.push(asTldraw(reading.record));
    }
    for (const id of known.keys()) if (!current.has(id)) removed.push(id);
    known = new Map(current);
    const schemaNow = canvas.schema();
    const from = schemaNow.ok && schemaNow.schema ? schemaNow.schema : ours;
    const migrated = sameSchema(from, ours) ? changed : migrateEach(store, changed, from);
    putRemote(store, migrated, removed, options);
  };
  canvas.recordArray.observe(onStored);

  const stopListening = store.listen(
    ({ changes }) => {
      if (!options.mayWrite()) return;
      const records = [...Object.values(changes.added), ...Object.values(changes.updated).map(([, to]) => to)].filter(isStoredKind);
      const refused = writeRecords(records, Object.values(changes.removed).filter(isStoredKind).map((record) => record.id));
      if (refused.length === 0) return;
      const [first] = refused;
      console.warn('canvas records not saved', refused.map(({ problem }) => problem));
      options.onProblem(
        `${refused.length === 1 ? 'One thing' : `${refused.length} things`} could not be kept on the canvas and ${refused.length === 1 ? 'was' : 'were'} taken off (${first?.problem ?? ''}).`,
      );
      // After this change has settled: the stored version of each comes back, or it goes.
      queueMicrotask(() => {
        const stored = new Map(readable().map((record) => [record.id, record]));
        const back = refused.flatMap(({ record }) => stored.get(record.id) ?? []);
        const gone = refused.filter(({ record }) => !stored.has(record.id)).map(({ record }) => record.id);
        putRemote(store, back, gone, options);
      });
    },
    { source: 'user', scope: 'document' },
  );

  return {
    blocked: null,
    stop: () => {
      stopListening();
      canvas.recordArray.unobserve(onStored);
    },
  };
}

function migrateEach(store: TLStore, records: readonly TLRecord[], from: StoredCanvasSchema): TLRecord[] {
  return records.flatMap((record) => {
    const result = store.schema.migratePersistedRecord(record, from);
    return result.type === 'success' ? [result.value] : [];
  });
}

/** Puts records that came from elsewhere into the store; one tldraw refuses (its own validation) is left out and named. */
function putRemote(store: TLStore, records: readonly TLRecord[], removed: readonly string[], options: CanvasSyncOptions): void {
  if (records.length === 0 && removed.length === 0) return;
  const present = removed.filter((id) => store.has(id as TLRecord['id'])) as TLRecord['id'][];
  // One bad record must not keep the others out.
  const { accepted, refused } = acceptedRecords(store, records);
  store.mergeRemoteChanges(() => {
    if (present.length > 0) store.remove(present);
    if (accepted.length > 0) store.put(accepted);
  });
  if (refused.length === 0) return;
  console.warn('canvas records tldraw refused', refused.map((record) => record.id));
  options.onProblem(`${refused.length === 1 ? 'One shape' : `${refused.length} shapes`} on the canvas could not be read and ${refused.length === 1 ? 'is' : 'are'} not shown.`);
}
