import * as Y from 'yjs';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type { Action, Appreciation, BoardMeta, Card, Heading, Idea, IdeaNote, KeyQuestion, Redaction, Theme } from './records';

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
];

/**
 * A board's shared content over one Y.Doc. Records are stored whole in a YKeyValue per collection,
 * which keeps only the latest write of each record (a Y.Map keeps every historical value).
 * Views and rules go through this class, never through raw `doc.getMap` calls.
 */
export class BoardDoc {
  readonly doc: Y.Doc;
  private readonly collections = new Map<CollectionName, YKeyValue<unknown>>();
  /**
   * Writes made inside the running transaction. YKeyValue updates its map only when a transaction
   * ends, so without this a read inside `transact` would not see the transaction's own writes, and
   * a record created and then rewritten in one transaction would leave a stale duplicate behind.
   */
  private pending: { transaction: Y.Transaction; writes: Map<CollectionName, Map<string, unknown>> } | null = null;

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
  }

  private collection<Name extends CollectionName>(name: Name): YKeyValue<RecordTypes[Name]> {
    let kv = this.collections.get(name);
    if (!kv) {
      kv = new YKeyValue<unknown>(this.doc.getArray(name));
      this.collections.set(name, kv);
    }
    return kv as YKeyValue<RecordTypes[Name]>;
  }

  get meta(): BoardMeta | null {
    const meta = this.doc.getMap('meta').get('board');
    return (meta as BoardMeta | undefined) ?? null;
  }

  setMeta(meta: BoardMeta): void {
    this.doc.getMap('meta').set('board', meta);
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
    const stored = this.collection(name).map;
    const writes = this.pendingWrites(name, false);
    if (!writes) return Array.from(stored.values(), (entry) => entry.val);
    const records: RecordTypes[Name][] = [];
    for (const [id, entry] of stored) if (!writes.has(id)) records.push(entry.val);
    for (const record of writes.values()) if (record) records.push(record);
    return records;
  }

  get<Name extends CollectionName>(name: Name, id: string): RecordTypes[Name] | undefined {
    const writes = this.pendingWrites(name, false);
    if (writes?.has(id)) return writes.get(id);
    return this.collection(name).get(id);
  }

  put<Name extends CollectionName>(name: Name, record: RecordTypes[Name]): void {
    const kv = this.collection(name);
    const writes = this.pendingWrites(name, true);
    // YKeyValue.set only replaces entries its (not yet updated) map knows about.
    if (writes?.has(record.id) && !kv.map.has(record.id)) kv.delete(record.id);
    kv.set(record.id, record);
    writes?.set(record.id, record);
  }

  remove(name: CollectionName, id: string): void {
    this.collection(name).delete(id);
    this.pendingWrites(name, true)?.set(id, undefined);
  }

  count(name: CollectionName): number {
    const stored = this.collection(name).map;
    const writes = this.pendingWrites(name, false);
    if (!writes) return stored.size;
    let size = stored.size;
    for (const [id, record] of writes) size += (record ? 1 : 0) - (stored.has(id) ? 1 : 0);
    return size;
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
