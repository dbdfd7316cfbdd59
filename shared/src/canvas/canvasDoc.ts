import type * as Y from 'yjs';
import { RecordArray, type StoredEntry } from '../board/recordArray';
import { readVersioned, stampVersion } from '../records/readVersioned';
import { readCanvasEntry, type CanvasEntryReading } from './canvasChecks';
import {
  canvasEntryKind,
  canvasLockKind,
  canvasMetaKeys,
  canvasReportImageKind,
  canvasRoots,
  canvasSchemaKind,
  type CanvasRecord,
  type CanvasReportImage,
  type StoredCanvasSchema,
} from './canvasRecords';

/** The stored tldraw schema: none yet (a canvas never opened), or one that does not read (a newer Washup's). */
export type CanvasSchemaReading = { ok: true; schema: StoredCanvasSchema | null } | { ok: false; problem: string };

/**
 * The canvas part of a board doc, read and written by typed entry (as BoardDoc is for the board's
 * records). Every entry is read through `readCanvasEntry`, the same check the relay makes, and
 * one that fails is passed over and listed by `unreadable()`.
 */
export class CanvasDoc {
  private readonly records: RecordArray;
  private readonly meta: Y.Map<unknown>;
  private readonly readings = new WeakMap<StoredEntry, CanvasEntryReading>();

  constructor(readonly doc: Y.Doc) {
    this.records = new RecordArray(doc.getArray(canvasRoots.records));
    this.meta = doc.getMap(canvasRoots.meta);
  }

  /** The Y.Array behind the records, for observing changes. */
  get recordArray(): Y.Array<unknown> {
    return this.doc.getArray(canvasRoots.records);
  }

  /** The current stored pair of each record id; a pair object stays the same until its record is written again. */
  get entries(): ReadonlyMap<string, StoredEntry> {
    return this.records.map;
  }

  read(entry: StoredEntry): CanvasEntryReading {
    let reading = this.readings.get(entry);
    if (!reading) {
      reading = readCanvasEntry(entry);
      this.readings.set(entry, reading);
    }
    return reading;
  }

  /** Every record that reads. */
  list(): CanvasRecord[] {
    const records: CanvasRecord[] = [];
    for (const entry of this.records.map.values()) {
      const reading = this.read(entry);
      if (reading.ok) records.push(reading.record);
    }
    return records;
  }

  /** What readers pass over, each as "canvas record shape:x is …". */
  unreadable(): string[] {
    const problems: string[] = [];
    for (const entry of [...this.records.malformed, ...this.records.map.values()]) {
      const reading = readCanvasEntry(entry);
      if (!reading.ok) problems.push(`canvas record ${reading.key ?? '(no id)'} ${reading.problem}`);
    }
    return problems;
  }

  put(record: CanvasRecord): void {
    this.records.set(record.id, stampVersion(canvasEntryKind, { record }));
  }

  remove(id: string): void {
    if (this.records.map.has(id)) this.records.delete(id);
  }

  schema(): CanvasSchemaReading {
    const stored = this.meta.get(canvasMetaKeys.schema);
    if (stored === undefined) return { ok: true, schema: null };
    const reading = readVersioned(canvasSchemaKind, stored);
    return reading.ok ? { ok: true, schema: reading.value.tldraw } : { ok: false, problem: reading.problem };
  }

  setSchema(schema: StoredCanvasSchema): void {
    this.meta.set(canvasMetaKeys.schema, stampVersion(canvasSchemaKind, { tldraw: schema }));
  }

  /** Whether the Lead Reviewer locked the canvas; a lock that does not read counts as set, so nobody edits past it. */
  get locked(): boolean {
    const stored = this.meta.get(canvasMetaKeys.lock);
    if (stored === undefined) return false;
    const reading = readVersioned(canvasLockKind, stored);
    return reading.ok ? reading.value.locked : true;
  }

  setLocked(locked: boolean): void {
    this.meta.set(canvasMetaKeys.lock, stampVersion(canvasLockKind, { locked }));
  }

  /** The canvas image in the report: none, or one that does not read (left out of the report, and named). */
  reportImage(): { ok: true; image: CanvasReportImage | null } | { ok: false; problem: string } {
    const stored = this.meta.get(canvasMetaKeys.reportImage);
    if (stored === undefined) return { ok: true, image: null };
    const reading = readVersioned(canvasReportImageKind, stored);
    return reading.ok ? { ok: true, image: reading.value } : { ok: false, problem: reading.problem };
  }

  /** Puts the canvas image into the report (null: takes it out). */
  setReportImage(image: CanvasReportImage | null): void {
    if (image === null) this.meta.delete(canvasMetaKeys.reportImage);
    else this.meta.set(canvasMetaKeys.reportImage, stampVersion(canvasReportImageKind, image));
  }

  transact(change: () => void, origin?: unknown): void {
    this.doc.transact(change, origin);
  }
}

const canvasDocs = new WeakMap<Y.Doc, CanvasDoc>();

/** The one CanvasDoc of a Y.Doc (each observes the doc for as long as it lives). */
export function canvasDocOf(doc: Y.Doc): CanvasDoc {
  let canvas = canvasDocs.get(doc);
  if (!canvas) {
    canvas = new CanvasDoc(doc);
    canvasDocs.set(doc, canvas);
  }
  return canvas;
}
