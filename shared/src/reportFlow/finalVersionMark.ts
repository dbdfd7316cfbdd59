import type * as Y from 'yjs';
import { z } from 'zod';
import { readVersioned, stampVersion } from '../records/readVersioned';
import { versionedKind } from '../records/versionedKind';

/**
 * The key of the board doc's `meta` map under which the relay marks the report final: written when
 * the Lead Reviewer makes a version final, removed when they start the next one, never by a
 * client. It sits in the board doc, beside what it freezes, so every relay checking a write to the
 * board reads it from the same doc the write goes to (the flow itself is in the relay doc).
 */
export const finalVersionMarkKey = 'reportFinal';
export const finalVersionMarkKind = versionedKind({ label: 'final report mark', schema: z.object({ version: z.number().int().min(1).max(999) }) });

/** Which version of the report is final; `unreadable` for a mark this Washup cannot read (it counts as final, as the relay reads it). */
export type FinalVersionMark = { version: number } | 'unreadable' | null;

export function finalVersionMarkOf(doc: Y.Doc): FinalVersionMark {
  const stored: unknown = doc.getMap('meta').get(finalVersionMarkKey);
  if (stored === undefined) return null;
  const reading = readVersioned(finalVersionMarkKind, stored);
  return reading.ok ? reading.value : 'unreadable';
}

/**
 * Makes the board doc's mark say what the flow says: the version when it is final, no mark
 * otherwise. Writes nothing when it already does, or when the mark does not read (a newer
 * Washup's: never overwritten, and the report stays frozen here); returns whether it wrote.
 */
export function markFinalVersion(doc: Y.Doc, finalVersion: number | null): boolean {
  const mark = finalVersionMarkOf(doc);
  if (mark === 'unreadable' || (mark?.version ?? null) === finalVersion) return false;
  const meta = doc.getMap('meta');
  if (finalVersion === null) meta.delete(finalVersionMarkKey);
  else meta.set(finalVersionMarkKey, stampVersion(finalVersionMarkKind, { version: finalVersion }));
  return true;
}
