import * as Y from 'yjs';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type { Action, Appreciation, BoardMeta, Card, Heading, Idea, KeyQuestion, Theme } from './records';

interface RecordTypes {
  headings: Heading;
  keyQuestions: KeyQuestion;
  cards: Card;
  themes: Theme;
  ideas: Idea;
  appreciations: Appreciation;
  actions: Action;
}
export type CollectionName = keyof RecordTypes;
export const collectionNames: readonly CollectionName[] = [
  'headings',
  'keyQuestions',
  'cards',
  'themes',
  'ideas',
  'appreciations',
  'actions',
];

/**
 * A board's shared content over one Y.Doc. Records are stored whole in a YKeyValue per collection,
 * which keeps only the latest write of each record (a Y.Map keeps every historical value).
 * Views and rules go through this class, never through raw `doc.getMap` calls.
 */
export class BoardDoc {
  readonly doc: Y.Doc;
  private readonly collections = new Map<CollectionName, YKeyValue<unknown>>();

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

  list<Name extends CollectionName>(name: Name): RecordTypes[Name][] {
    return Array.from(this.collection(name).map.values(), (entry) => entry.val);
  }

  get<Name extends CollectionName>(name: Name, id: string): RecordTypes[Name] | undefined {
    return this.collection(name).get(id);
  }

  put<Name extends CollectionName>(name: Name, record: RecordTypes[Name]): void {
    this.collection(name).set(record.id, record);
  }

  remove(name: CollectionName, id: string): void {
    this.collection(name).delete(id);
  }

  count(name: CollectionName): number {
    return this.collection(name).map.size;
  }

  /** Runs several writes as one change, so peers see them together and undo treats them as one. */
  transact(change: () => void, origin?: unknown): void {
    this.doc.transact(change, origin);
  }

  /** Calls back after any change to the board; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    const onUpdate = () => listener();
    this.doc.on('afterTransaction', onUpdate);
    return () => this.doc.off('afterTransaction', onUpdate);
  }
}
