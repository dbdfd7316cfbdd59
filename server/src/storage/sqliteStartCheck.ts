import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { exitCodes, StartupError } from '../startupError';
import type { SqliteFiles } from './sqliteFiles';
import { walLosesCommits } from './walCheck';

const restore = 'Restore the latest back-up with `pnpm restore <back-up file>` (see "Back-up and restore" in the README).';

/** The start stops with the problem, the usual remedy, then any way to accept the loss instead. */
function damaged(problem: string, otherwise = ''): StartupError {
  return new StartupError(`Washup cannot start: ${problem} ${restore}${otherwise && ` ${otherwise}`}`, exitCodes.damagedData);
}

/**
 * What SQLite itself would not notice and would turn into a board silently losing data: an emptied
 * database file, a log deleted after a crash, a log damaged in the middle. Runs before the file is
 * opened, since opening replays (and then discards) the log.
 */
export function checkFilesBeforeOpening(files: SqliteFiles): void {
  if (existsSync(files.database) && statSync(files.database).size === 0) {
    throw damaged(
      `the database ${files.database} is empty (0 bytes): its boards are gone, and starting would begin again with none.`,
      'If this is a new install whose first start was cut short, delete the empty file instead.',
    );
  }
  const walPresent = existsSync(files.wal);
  if (existsSync(files.openMarker) && !walPresent) {
    throw damaged(
      `the relay did not stop cleanly and its write-ahead log ${files.wal} is missing, so the changes it held are lost. ` +
        'If you moved that file, put it back; otherwise:',
      `To start with only what ${files.database} holds, delete ${files.openMarker}.`,
    );
  }
  if (walPresent && walLosesCommits(files.wal)) {
    throw damaged(
      `the write-ahead log ${files.wal} is damaged: SQLite would silently drop every change saved after the damage.`,
      'To keep only what comes before the damage instead, copy DATA_DIR somewhere safe, then run `pnpm backup salvage.sqlite` and `pnpm restore salvage.sqlite`.',
    );
  }
}

/**
 * SQLite's quick_check reads every page and checks each b-tree, so damage in the file is found at
 * start rather than when a board that happens to sit on a bad page is opened. It skips the
 * comparison of indexes with their tables that integrity_check adds, which is what makes that
 * check several times slower on a large file.
 */
export function checkDatabaseAfterOpening(db: Database.Database, files: SqliteFiles): void {
  const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const findings = problems.map((row) => row.quick_check.replace(/\s+/g, ' ')).filter((finding) => finding !== 'ok');
  if (findings.length > 0) throw damaged(`the database ${files.database} is damaged (SQLite's quick_check: ${findings.join('; ')}).`);
}

/** Opening errors: a file that is not a database is damage; anything else is the disk or its permissions. */
export function openingFailure(error: unknown, files: SqliteFiles): StartupError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return damaged(`the database ${files.database} is damaged or is not a Washup database (${detail}).`);
  }
  return new StartupError(
    `Washup cannot start: cannot open the database ${files.database} (${detail}). ` +
      'Check that DATA_DIR is on a mounted disk with free space and that the relay\'s user may read and write it.',
    exitCodes.storageIo,
  );
}
