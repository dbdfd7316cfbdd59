import type Database from 'better-sqlite3';
import type { Retention } from '@washup/shared/board';

/**
 * A board's retention lives in three columns of `boards`, added to databases made before it:
 * `retention_days` (deleted that many days after its last change), `purge_at` (deleted on that
 * date, ms since the epoch), and `last_activity_at`, which a trigger sets whenever any of the
 * board's docs stores a change, in the same transaction (so no append path needs to know of it).
 * The trigger writes at most once a minute per board: retention counts in days.
 */
const activityGranularityMs = 60_000;

const sqliteColumns: Record<string, string> = {
  retention_days: 'INTEGER',
  purge_at: 'INTEGER',
  last_activity_at: 'INTEGER',
};

/** SQLite's clock in ms since the epoch. */
const sqliteNow = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

/** Adds the columns a database lacks (SQLite has no ADD COLUMN IF NOT EXISTS) and the activity trigger. */
export function migrateSqliteRetention(db: Database.Database): void {
  const present = new Set((db.pragma('table_info(boards)') as Array<{ name: string }>).map((column) => column.name));
  db.transaction(() => {
    for (const [name, type] of Object.entries(sqliteColumns)) {
      if (!present.has(name)) db.exec(`ALTER TABLE boards ADD COLUMN ${name} ${type}`);
    }
    // A board's docs are `<id>` and `<id>/...`.
    db.exec(`
      CREATE TRIGGER IF NOT EXISTS board_activity AFTER INSERT ON doc_updates BEGIN
        UPDATE boards SET last_activity_at = ${sqliteNow}
        WHERE id = substr(NEW.doc_name, 1, instr(NEW.doc_name || '/', '/') - 1)
          AND (last_activity_at IS NULL OR last_activity_at < ${sqliteNow} - ${activityGranularityMs});
      END;
    `);
  })();
}

const postgresNow = '(extract(epoch FROM clock_timestamp()) * 1000)::bigint';

/** The same for PostgreSQL; run after the base schema, under the migration's advisory lock. */
export const postgresRetentionSchema = `
ALTER TABLE boards ADD COLUMN IF NOT EXISTS retention_days INTEGER;
ALTER TABLE boards ADD COLUMN IF NOT EXISTS purge_at BIGINT;
ALTER TABLE boards ADD COLUMN IF NOT EXISTS last_activity_at BIGINT;
CREATE OR REPLACE FUNCTION washup_board_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE boards SET last_activity_at = ${postgresNow}
  WHERE id = split_part(NEW.doc_name, '/', 1)
    AND (last_activity_at IS NULL OR last_activity_at < ${postgresNow} - ${activityGranularityMs});
  RETURN NULL;
END $$;
-- Created only when missing: creating a trigger locks doc_updates, which other relays may be appending to.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'board_activity' AND tgrelid = 'doc_updates'::regclass) THEN
    CREATE TRIGGER board_activity AFTER INSERT ON doc_updates FOR EACH ROW EXECUTE FUNCTION washup_board_activity();
  END IF;
END $$;
`;

/** The columns of `boards` that hold a retention, as SQL parameters. */
export interface RetentionColumns {
  retentionDays: number | null;
  purgeAt: number | null;
}

export function retentionColumnsOf(retention: Retention | null): RetentionColumns {
  return {
    retentionDays: retention?.kind === 'afterActivity' ? retention.days : null,
    purgeAt: retention?.kind === 'onDate' ? retention.purgeAt : null,
  };
}

/** Reads the columns back; a row with both set (never written so) is taken as its date. */
export function retentionFromColumns({ retentionDays, purgeAt }: RetentionColumns): Retention | null {
  if (purgeAt !== null) return { kind: 'onDate', purgeAt };
  if (retentionDays !== null) return { kind: 'afterActivity', days: retentionDays };
  return null;
}

/**
 * The SQL condition on `boards` of a board due for deletion at `now` (the parameter's name in the
 * adapter's dialect): its date has passed, or its days after its last change (its creation before
 * any) have run out.
 */
export function dueForPurge(now: string): string {
  return `(purge_at IS NOT NULL AND purge_at <= ${now})
    OR (retention_days IS NOT NULL AND COALESCE(last_activity_at, created_at) + CAST(retention_days AS BIGINT) * 86400000 <= ${now})`;
}
