import type { CollectionName } from '@washup/shared/board';

/**
 * When the relay takes a board's restore points and how many it keeps.
 * - A point at the first change after `activityIntervalMs` without one: a busy board gets one every
 *   five minutes, an idle board none (its last point still holds it as it is).
 * - A point before any update that removes at least `bulkRecords` records, or at least
 *   `bulkShare` of a collection when that is `bulkMinimum` records or more: ten covers a wipe of a
 *   large board; the share catches a wipe of a small one (4 of 12 cards), while deleting one or
 *   two records (what per-person undo is for) never adds a point on its own.
 * - Kept: the newest `keepNewest`, and besides them the newest of each hour for `hourlyForMs`
 *   (a week): at most 100 + 168 points a board, each a compressed copy of the board doc.
 */
export interface RestorePointPolicy {
  activityIntervalMs: number;
  bulkRecords: number;
  bulkShare: number;
  bulkMinimum: number;
  keepNewest: number;
  hourlyForMs: number;
}

const hourMs = 3_600_000;

export const defaultRestorePointPolicy: RestorePointPolicy = {
  activityIntervalMs: 5 * 60_000,
  bulkRecords: 10,
  bulkShare: 0.2,
  bulkMinimum: 3,
  keepNewest: 100,
  hourlyForMs: 7 * 24 * hourMs,
};

/** Whether an update removing these records (by collection) from collections of these sizes needs a point before it. */
export function isBulkRemoval(policy: RestorePointPolicy, removing: ReadonlyMap<CollectionName, number>, sizeOf: (collection: CollectionName) => number): boolean {
  let total = 0;
  for (const [collection, removed] of removing) {
    total += removed;
    if (removed >= policy.bulkMinimum && removed >= policy.bulkShare * sizeOf(collection)) return true;
  }
  return total >= policy.bulkRecords;
}

/** The points to delete so that only those the policy keeps remain; `points` oldest first. */
export function pointsBeyondPolicy(policy: RestorePointPolicy, points: ReadonlyArray<{ id: string; takenAt: number }>, now: number): string[] {
  const keep = new Set(points.slice(-policy.keepNewest).map((point) => point.id));
  const newestOfHour = new Map<number, string>();
  for (const point of points) {
    if (now - point.takenAt <= policy.hourlyForMs) newestOfHour.set(Math.floor(point.takenAt / hourMs), point.id);
  }
  for (const id of newestOfHour.values()) keep.add(id);
  return points.filter((point) => !keep.has(point.id)).map((point) => point.id);
}
