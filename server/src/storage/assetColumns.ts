import type Database from 'better-sqlite3';

/**
 * A picture's `unused_since` (ms since the epoch; null while a canvas uses it), the clean-up's
 * mark (canvasAssets/pictureCleanup.ts), added to `board_assets` of databases made before it.
 */
export function migrateSqliteAssets(db: Database.Database): void {
  const present = new Set((db.pragma('table_info(board_assets)') as Array<{ name: string }>).map((column) => column.name));
  if (!present.has('unused_since')) db.exec('ALTER TABLE board_assets ADD COLUMN unused_since INTEGER');
}

/** The same for PostgreSQL; run after the base schema, under the migration's advisory lock. */
export const postgresAssetSchema = `
ALTER TABLE board_assets ADD COLUMN IF NOT EXISTS unused_since BIGINT;
`;
