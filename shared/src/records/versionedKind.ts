import type { z } from 'zod';

/** A stored object as a migration sees it: plain JSON fields whose shape is not known yet. */
export type StoredObject = Record<string, unknown>;

/**
 * One step of a kind's history, from version `to - 1` to `to`. It returns a new object and never
 * changes the one it is given: that one is the document's stored value, which other readers share.
 */
export interface Migration {
  to: number;
  up(stored: StoredObject): StoredObject;
}

/**
 * A kind of value stored in a document, as it is now and how it got here (tldraw's store is the
 * model): every value carries the version it was written at, an older one runs the `up` steps
 * after that version in order, and what comes out must pass `schema`. The current version is the
 * last step's `to`, or 1 for a kind that never changed shape.
 */
export interface VersionedKind<T extends object> {
  /** How a report names one value of the kind: "card", "PSTB session". */
  label: string;
  schema: z.ZodType<T>;
  version: number;
  migrations: readonly Migration[];
}

/**
 * Defines a kind from its schema and its migrations. The steps must go 2, 3, 4… without a gap, so
 * a value of any earlier version has exactly one path to now; a kind declared otherwise throws
 * when its module loads, before any document is read.
 */
export function versionedKind<T extends object>(definition: {
  label: string;
  schema: z.ZodType<T>;
  migrations?: readonly Migration[];
}): VersionedKind<T> {
  const migrations = definition.migrations ?? [];
  migrations.forEach((migration, index) => {
    if (migration.to !== index + 2) {
      throw new Error(`${definition.label}: migration ${index + 1} goes to version ${migration.to}, expected ${index + 2}`);
    }
  });
  return { label: definition.label, schema: definition.schema, version: migrations.length + 1, migrations };
}
