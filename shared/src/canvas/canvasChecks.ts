import { readVersioned } from '../records/readVersioned';
import { canvasEntryKind, canvasLockKind, canvasMetaKeys, canvasRecordBounds, canvasReportImageKind, canvasSchemaKind, type CanvasRecord } from './canvasRecords';
import { jsonBoundsProblem } from './jsonBounds';

export type CanvasEntryReading = { ok: true; key: string; record: CanvasRecord } | { ok: false; key: string | null; problem: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One entry of the canvas collection, read as every reader and the relay read it: a `{ key, val }`
 * pair within the size and nesting bound, whose value reads through its kind and is stored under
 * its own id. Nothing here throws.
 */
export function readCanvasEntry(entry: unknown): CanvasEntryReading {
  if (!isObject(entry) || typeof entry.key !== 'string') return { ok: false, key: null, problem: 'is not a { key, val } entry' };
  const key = entry.key;
  const bounds = jsonBoundsProblem(entry.val, canvasRecordBounds);
  if (bounds) return { ok: false, key, problem: bounds };
  const reading = readVersioned(canvasEntryKind, entry.val);
  if (!reading.ok) return { ok: false, key, problem: reading.problem };
  if (reading.value.record.id !== key) return { ok: false, key, problem: `is stored under another id (${key.slice(0, 40)})` };
  return { ok: true, key, record: reading.value.record };
}

/** Why an entry may not be stored in the canvas collection, in the words of a close reason; null when it may. */
export function canvasEntryProblem(entry: unknown): string | null {
  const reading = readCanvasEntry(entry);
  if (reading.ok) return null;
  return reading.key === null ? `an entry of the canvas ${reading.problem}` : `canvas record ${reading.key.slice(0, 120)} ${reading.problem}`;
}

/** Why a value may not be stored under `key` of the canvas settings map; null when it may. */
export function canvasMetaProblem(key: string, value: unknown): string | null {
  const kinds: Record<string, typeof canvasSchemaKind | typeof canvasLockKind | typeof canvasReportImageKind> = {
    [canvasMetaKeys.schema]: canvasSchemaKind,
    [canvasMetaKeys.lock]: canvasLockKind,
    [canvasMetaKeys.reportImage]: canvasReportImageKind,
  };
  const kind = Object.hasOwn(kinds, key) ? kinds[key] : null;
  if (!kind) return `the canvas settings hold no "${key.slice(0, 40)}"`;
  const bounds = jsonBoundsProblem(value, canvasRecordBounds);
  if (bounds) return `the ${kind.label} ${bounds}`;
  const reading = readVersioned<object>(kind, value);
  return reading.ok ? null : `the ${kind.label} fails its schema: ${reading.problem}`;
}
