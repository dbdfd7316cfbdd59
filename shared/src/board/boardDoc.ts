import * as Y from 'yjs';
import { stampVersion, storedAtCurrentVersion } from '../records/readVersioned';
import { RecordArray, someStoredEntry, type StoredEntry } from './recordArray';
import type { Action, Appreciation, BoardMeta, Card, Estimate, Heading, Idea, IdeaNote, KeyQuestion, Redaction, ReportText, Theme } from './records';
import {
  boardMetaKind,
  readBoardMeta,
  readRecordEntry,
  recordKinds,
  standInMeta,
  type RecordReading,
  type UnreadableRecord,
} from './storedRecords';

export interface RecordTypes {
  headings: Heading;
  keyQuestions: KeyQuestion;
  cards: Card;
  themes: Theme;
  ideas: Idea;
  appreciations: Appreciation;
  ideaNotes: IdeaNote;
  actions: Action;
  redactions: Redaction;
  reportTexts: ReportText;
  estimates: Estimate;
}
export type CollectionName = keyof RecordTypes;
export const collectionNames: readonly CollectionName[] = [
  'headings',
  'keyQuestions',
  'cards',
  'themes',
  'ideas',
  'appreciations',
  'ideaNotes',
  'actions',
  'redactions',
  'reportTexts',
  'estimates',
];

/**
 * A board's shared content over one Y.Doc. Records are stored whole in a RecordArray per
 * collection, which keeps only the latest write of each record (a Y.Map keeps every historical
 * value). Views and rules go through this class, never through raw `doc.getMap` calls, and see
 * only records that read through their kind (migrated from the version they were written at, then
 * validated): the others are skipped and listed by `unreadable()`. Writes carry the kind's version.
 */
export class BoardDoc {
  readonly doc: Y.Doc;
  private readonly collections = new Map<CollectionName, RecordArray>();
  /** Each stored pair read once: pairs are never changed in place, a write replaces the pair. */
  private readonly readings = new WeakMap<StoredEntry, RecordReading<unknown>>();
  private metaReading: { stored: unknown; reading: ReturnType<typeof readBoardMeta> } | null = null;
  /**
   * Writes made inside the running transaction. RecordArray updates its map only when a transaction
   * ends, so without this a read inside `transact` would not see the transaction's own writes, and
   * a record created and then rewritten in one transaction would leave a stale duplicate behind.
   */
  private pending: { transaction: Y.Transaction; writes: Map<CollectionName, Map<string, unknown>> } | null = null;

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
  }

  private collection(name: CollectionName): RecordArray {
    let records = this.collections.get(name);
    if (!records) {
      records = new RecordArray(this.doc.getArray(name));
      this.collections.set(name, records);
    }
    return records;
  }

  private read<Name extends CollectionName>(name: Name, entry: StoredEntry): RecordReading<RecordTypes[Name]> {
    let reading = this.readings.get(entry);
    if (!reading) {
      reading = readRecordEntry(name, entry);
      this.readings.set(entry, reading);
    }
    return reading as RecordReading<RecordTypes[Name]>;
  }

  private readMeta(): ReturnType<typeof readBoardMeta> | null {
    const stored: unknown = this.doc.getMap('meta').get('board');
    if (stored === undefined) return null;
    if (this.metaReading?.stored !== stored) this.metaReading = { stored, reading: readBoardMeta(stored) };
    return this.metaReading.reading;
  }

  /** Null while the board is not loaded yet; a stand-in when the stored settings fail their schema. */
  get meta(): BoardMeta | null {
    const reading = this.readMeta();
    if (!reading) return null;
    return reading.ok ? reading.meta : standInMeta;
  }

  setMeta(meta: BoardMeta): void {
    this.doc.getMap('meta').set('board', stampVersion(boardMetaKind, meta));
  }

  /** This transaction's writes to one collection (`undefined` marks a removal); null outside a transaction. */
  private pendingWrites<Name extends CollectionName>(name: Name, create: boolean): Map<string, RecordTypes[Name] | undefined> | null {
    const transaction = this.doc._transaction;
    if (!transaction) return null;
    if (this.pending?.transaction !== transaction) {
      if (!create) return null;
      this.pending = { transaction, writes: new Map() };
    }
    let writes = this.pending.writes.get(name);
    if (!writes && create) {
      writes = new Map();
      this.pending.writes.set(name, writes);
    }
    return (writes as Map<string, RecordTypes[Name] | undefined> | undefined) ?? null;
  }

  list<Name extends CollectionName>(name: Name): RecordTypes[Name][] {
    const writes = this.pendingWrites(name, false);
    const records: RecordTypes[Name][] = [];
    for (const [id, entry] of this.collection(name).map) {
      if (writes?.has(id)) continue;
      const reading = this.read(name, entry);
      if (reading.ok) records.push(reading.record);
    }
    if (writes) for (const record of writes.values()) if (record) records.push(record);
    return records;
  }

  get<Name extends CollectionName>(name: Name, id: string): RecordTypes[Name] | undefined {
    const writes = this.pendingWrites(name, false);
    if (writes?.has(id)) return writes.get(id);
    const entry = this.collection(name).map.get(id);
    if (!entry) return undefined;
    const reading = this.read(name, entry);
    return reading.ok ? reading.record : undefined;
  }

  /** Stored values that fail their schema, which every read above passes over. */
  unreadable(): UnreadableRecord[] {
    const found: UnreadableRecord[] = [];
    const meta = this.readMeta();
    if (meta && !meta.ok) found.push(meta.unreadable);
    for (const name of collectionNames) {
      const records = this.collection(name);
      for (const entry of records.malformed) {
        const reading = readRecordEntry(name, entry);
        if (!reading.ok) found.push(reading.unreadable);
      }
      for (const entry of records.map.values()) {
        const reading = this.read(name, entry);
        if (!reading.ok) found.push(reading.unreadable);
      }
    }
    return found;
  }

  put<Name extends CollectionName>(name: Name, record: RecordTypes[Name]): void {
    const records = this.collection(name);
    const writes = this.pendingWrites(name, true);
    // RecordArray.set only replaces entries its (not yet updated) map knows about.
    if (writes?.has(record.id) && !records.map.has(record.id)) records.delete(record.id);
    records.set(record.id, stampVersion(recordKinds[name], record));
    writes?.set(record.id, record);
  }

  remove(name: CollectionName, id: string): void {
    this.collection(name).delete(id);
    this.pendingWrites(name, true)?.set(id, undefined);
  }

  /**
   * Whether some record of a collection may hold `value` in `field`, judged on the stored pairs
   * without reading each through its kind's schema (the cost of `list` on a large board). A pair
   * stored at the kind's current version counts only if it holds `value` there as stored; one at an
   * older version (a migration may change it) counts, and so does a write inside the running
   * transaction. Only for a field whose schema keeps a stored `value` as it is (a boolean, an id),
   * and a `value` that is not the field's default.
   */
  mayHold<Name extends CollectionName>(name: Name, field: keyof RecordTypes[Name] & string, value: string | number | boolean): boolean {
    if (this.pendingWrites(name, false)) return true;
    const kind = recordKinds[name];
    return someStoredEntry(this.doc.getArray(name), (entry) => !storedAtCurrentVersion(kind, entry.val) || entry.val[field] === value);
  }

  count(name: CollectionName): number {
    return this.list(name).length;
  }

  /** Runs several writes as one change, so peers see them together and undo treats them as one. */
  transact<Result>(change: () => Result, origin?: unknown): Result {
    return this.doc.transact(change, origin);
  }

  /** Calls back after any change to the board; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    const onUpdate = () => listener();
    this.doc.on('afterTransaction', onUpdate);
    return () => this.doc.off('afterTransaction', onUpdate);
  }
}

const boardDocs = new WeakMap<Y.Doc, BoardDoc>();

/**
 * The one BoardDoc of a Y.Doc. Each BoardDoc observes the doc's arrays for as long as the doc
 * lives, so code that reads a doc repeatedly must share one instance rather than make new ones.
 */
export function boardDocOf(doc: Y.Doc): BoardDoc {
  let board = boardDocs.get(doc);
  if (!board) {
    board = new BoardDoc(doc);
    boardDocs.set(doc, board);
  }
  return board;
}
