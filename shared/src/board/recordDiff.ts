import { collectionNames, type BoardDoc, type CollectionName, type RecordTypes } from './boardDoc';
import { restoreNarrativeTo } from './narrative';

/** A record of some collection, with its collection, as a diff carries it. */
export type AnyRecord = { [Name in CollectionName]: { collection: Name; record: RecordTypes[Name] } }[CollectionName];

/** How a collection differs between two boards: records only in the later one, in both but not equal, only in the earlier one. */
export interface RecordChangeCounts {
  added: number;
  changed: number;
  removed: number;
}
/** Only the collections that differ are present. */
export type ChangeCounts = Partial<Record<CollectionName, RecordChangeCounts>>;

/**
 * What it takes to turn board `from` into board `to`: the records `to` holds that `from` lacks or
 * holds otherwise (`to`'s version, to put), and the records only `from` holds (to remove).
 */
export interface RecordDiff {
  added: AnyRecord[];
  changed: AnyRecord[];
  removed: Array<{ collection: CollectionName; id: string }>;
}

/** Structural equality of two records read through their schemas (plain JSON values). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return left.length === rightKeys.length && left.every(([key, value]) => sameValue(value, right[key]));
}

function byId<Name extends CollectionName>(board: BoardDoc, name: Name): Map<string, RecordTypes[Name]> {
  return new Map(board.list(name).map((record) => [record.id, record]));
}

export function diffBoards(from: BoardDoc, to: BoardDoc): RecordDiff {
  const diff: RecordDiff = { added: [], changed: [], removed: [] };
  for (const collection of collectionNames) {
    const before = byId(from, collection);
    const after = byId(to, collection);
    for (const [id, record] of after) {
      const previous = before.get(id);
      // Each record goes with its own collection's name, which the loop variable's type cannot say.
      const entry = { collection, record } as AnyRecord;
      if (previous === undefined) diff.added.push(entry);
      else if (!sameValue(previous, record)) diff.changed.push(entry);
    }
    for (const id of before.keys()) if (!after.has(id)) diff.removed.push({ collection, id });
  }
  return diff;
}

export function changeCounts(diff: RecordDiff): ChangeCounts {
  const counts: ChangeCounts = {};
  const bump = (collection: CollectionName, field: keyof RecordChangeCounts) => {
    const entry = (counts[collection] ??= { added: 0, changed: 0, removed: 0 });
    entry[field] += 1;
  };
  for (const { collection } of diff.added) bump(collection, 'added');
  for (const { collection } of diff.changed) bump(collection, 'changed');
  for (const { collection } of diff.removed) bump(collection, 'removed');
  return counts;
}

/**
 * The records only the report's editor writes (besides the narrative's texts): the words it kept
 * before the narrative became text, its estimates and its redactions. A final version of the report
 * freezes them with the narrative; the board the report is drafted from (cards, themes, headings)
 * stays open, since a final version keeps its text as agreed and a later change shows as a difference.
 */
const reportWordCollections: ReadonlySet<CollectionName> = new Set(['reportTexts', 'estimates', 'redactions']);

export function isReportWordCollection(name: CollectionName): boolean {
  return reportWordCollections.has(name);
}

/** What a restore may change: everything, or the board without the report's own words (while a version of the report is final). */
export interface RestoreScope {
  reportWords: boolean;
}

/** What restoring `live` to `point` changes in its records, within `scope`. */
export function restoreDiff(live: BoardDoc, point: BoardDoc, scope: RestoreScope): RecordDiff {
  const diff = diffBoards(live, point);
  if (scope.reportWords) return diff;
  const kept = ({ collection }: { collection: CollectionName }) => !isReportWordCollection(collection);
  return { added: diff.added.filter(kept), changed: diff.changed.filter(kept), removed: diff.removed.filter(kept) };
}

/**
 * Makes `live` hold exactly the records `point` holds, as one transaction of ordinary writes (so
 * every device receives it as a normal update): what `point` has that `live` lacks or holds
 * otherwise is put back, what only `live` holds is removed; the narrative's texts read as the
 * point's do. Out of `scope`, the report's own words are left as `live` holds them. Returns what
 * it did to the records.
 */
export function restoreBoardTo(live: BoardDoc, point: BoardDoc, scope: RestoreScope = { reportWords: true }): RecordDiff {
  const diff = restoreDiff(live, point, scope);
  live.transact(() => {
    for (const entry of [...diff.added, ...diff.changed]) putRecord(live, entry);
    for (const { collection, id } of diff.removed) live.remove(collection, id);
    if (scope.reportWords) restoreNarrativeTo(live, point);
  });
  return diff;
}

export function putRecord(board: BoardDoc, entry: AnyRecord): void {
  board.put(entry.collection, entry.record);
}
