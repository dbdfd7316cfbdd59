import type Database from 'better-sqlite3';
import type { StoredSnapshot } from './storage';

/**
 * The Yjs update format of a doc's snapshot (`update_format`), added to `doc_snapshots` of
 * databases made before it, whose snapshots are V2 updates (2). Snapshots are now written as V1
 * updates (1), the format the sync protocol sends: a doc loaded from its snapshot alone answers a
 * client that has nothing with the stored bytes, instead of encoding the whole doc again.
 */
export function migrateSqliteSnapshots(db: Database.Database): void {
  const present = new Set((db.pragma('table_info(doc_snapshots)') as Array<{ name: string }>).map((column) => column.name));
  if (!present.has('update_format')) db.exec('ALTER TABLE doc_snapshots ADD COLUMN update_format INTEGER NOT NULL DEFAULT 2');
}

/** The same for PostgreSQL; run after the base schema, under the migration's advisory lock. */
export const postgresSnapshotSchema = `
ALTER TABLE doc_snapshots ADD COLUMN IF NOT EXISTS update_format SMALLINT NOT NULL DEFAULT 2;
`;

/** A snapshot row as the adapters return it; a format this relay does not know fails the load rather than being misread. */
export function storedSnapshot(bytes: Uint8Array, format: number | null): StoredSnapshot {
  if (format !== 1 && format !== 2) throw new Error(`a stored snapshot has update format ${String(format)}, which this relay does not read`);
  return { update: new Uint8Array(bytes), format };
}
