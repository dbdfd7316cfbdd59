import type * as Y from 'yjs';
import { z } from 'zod';
import { stampVersion } from '../records/readVersioned';
import { versionedKind } from '../records/versionedKind';
import type { BoardDoc } from './boardDoc';
import { reportTextPartSchema, reportTextSchema, type ReportTextPart } from './records';
import { textSplice, type TextSplice } from './textSplice';

/**
 * The report's narrative written together: one root Y.Text per part (`narrative:summary`,
 * `narrative:heading:<id>`), so keystrokes from several devices merge character by character. A
 * root, not an entry of a map, because two devices that start the same empty part at once then
 * share one text rather than each creating its own and one losing to the other.
 */
export const narrativeRootPrefix = 'narrative:';

/** The most characters one part holds, as a report text record did. */
export const maxNarrativeChars = reportTextSchema.shape.text.maxLength ?? 10_000;

/** The most characters one update may add to the narrative, over all its parts (an offline device's typing comes as one update). */
export const maxNarrativeCharsPerUpdate = 5 * maxNarrativeChars;

/**
 * The key of the board doc's `meta` map saying the narrative lives in the texts: written once, by
 * the relay, when it has copied a board's report text records into them. Until it is there (an
 * old board, a restore point), readers read the records.
 */
export const narrativeStateKey = 'narrative';
export const narrativeStateKind = versionedKind({ label: 'narrative', schema: z.object({ fromRecords: z.literal(true) }) });

/**
 * The Yjs client id the relay migrates with. Every relay migrating the same stored board writes the
 * same items under the same ids, so two relays loading an old board at once store one copy of each
 * text, never two.
 */
export const narrativeMigrationClient = 1;

export function narrativeRootName(part: ReportTextPart): string {
  return `${narrativeRootPrefix}${part}`;
}

/** Whether a root of the doc belongs to the narrative, whatever follows the prefix. */
export function isNarrativeRoot(root: string): boolean {
  return root.startsWith(narrativeRootPrefix);
}

/** The part a narrative root holds; null for a name after the prefix that is no part of the report. */
export function narrativePartOfRoot(root: string): ReportTextPart | null {
  const parsed = reportTextPartSchema.safeParse(root.slice(narrativeRootPrefix.length));
  return parsed.success ? parsed.data : null;
}

/** The shared text of one part (created empty on this device when nobody has written it yet). */
export function narrativeText(doc: Y.Doc, part: ReportTextPart): Y.Text {
  return doc.getText(narrativeRootName(part));
}

/** Whether the board's narrative lives in its texts (see `narrativeStateKey`); a state a newer Washup wrote counts too. */
export function narrativeInTexts(doc: Y.Doc): boolean {
  return doc.getMap('meta').get(narrativeStateKey) !== undefined;
}

/** One part's words as stored (citations as `[#cardId]`): from its text, or from its record on a board not migrated yet. */
export function readNarrative(board: BoardDoc, part: ReportTextPart): string {
  if (narrativeInTexts(board.doc)) return narrativeText(board.doc, part).toString();
  return board.get('reportTexts', part)?.text ?? '';
}

/**
 * Copies a board's report text records into the narrative's texts, once: a part whose text already
 * has words keeps them. Returns false when the board's narrative was in its texts already. Written
 * as `narrativeMigrationClient` (see there), and the records stay for older restore points.
 */
export function migrateNarrative(board: BoardDoc, origin: unknown): boolean {
  const { doc } = board;
  if (narrativeInTexts(doc)) return false;
  const ownClient = doc.clientID;
  doc.transact(() => {
    doc.clientID = narrativeMigrationClient;
    try {
      for (const record of board.list('reportTexts')) {
        const text = narrativeText(doc, record.id);
        if (text.length === 0 && record.text) text.insert(0, record.text);
      }
      doc.getMap('meta').set(narrativeStateKey, stampVersion(narrativeStateKind, { fromRecords: true }));
    } finally {
      doc.clientID = ownClient;
    }
  }, origin);
  return true;
}

/** The parts a board holds words for: its texts' roots, or its records before the narrative moved. */
function writtenParts(board: BoardDoc): ReportTextPart[] {
  if (!narrativeInTexts(board.doc)) return board.list('reportTexts').map((record) => record.id);
  const parts: ReportTextPart[] = [];
  for (const root of board.doc.share.keys()) {
    const part = isNarrativeRoot(root) ? narrativePartOfRoot(root) : null;
    if (part !== null) parts.push(part);
  }
  return parts;
}

/**
 * Makes the live board's narrative read as a restore point's does, part by part, each as the one
 * splice between them (inside the caller's transaction: a restore is one change). A part only the
 * live board has words in is emptied.
 */
export function restoreNarrativeTo(live: BoardDoc, point: BoardDoc): void {
  for (const part of new Set([...writtenParts(live), ...writtenParts(point)])) {
    const text = narrativeText(live.doc, part);
    const splice = textSplice(text.toString(), readNarrative(point, part));
    if (splice) applySplice(text, splice);
  }
}

/** Makes one splice of a part's text: a deletion and an insertion at one place. */
export function applySplice(text: Y.Text, splice: TextSplice): void {
  if (splice.remove > 0) text.delete(splice.index, splice.remove);
  if (splice.insert) text.insert(splice.index, splice.insert);
}
