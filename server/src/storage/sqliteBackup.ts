import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteFiles } from './sqliteFiles';

/** A back-up or restore that must not go ahead, with what to do instead. */
export class BackupRefusal extends Error {}

export interface DatabaseSummary {
  boards: number;
  bytes: number;
}

/** As many pages as SQLite counts: the whole database in one step. */
const allPages = 0x7fffffff;

/**
 * Checks a file is a whole, undamaged Washup database: SQLite's full integrity_check (a back-up is
 * not on the relay's path, so the thorough check is affordable) and the tables the relay needs.
 */
export function verifyDatabaseFile(file: string): DatabaseSummary {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefusal(`cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const findings = (db.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (findings.join() !== 'ok') throw new BackupRefusal(`${file} is damaged (SQLite's integrity_check: ${findings.join('; ').replace(/\s+/g, ' ')})`);
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name));
    if (!['boards', 'participants', 'doc_updates', 'doc_snapshots'].every((table) => tables.has(table))) {
      throw new BackupRefusal(`${file} is a SQLite file but not a Washup database`);
    }
    const { boards } = db.prepare<[], { boards: number }>('SELECT COUNT(*) AS boards FROM boards').get()!;
    return { boards, bytes: statSync(file).size };
  } catch (error) {
    if (error instanceof BackupRefusal) throw error;
    throw new BackupRefusal(`${file} is damaged or is not a database (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
}

/**
 * Copies the live database with SQLite's online back-up API, safely while the relay writes: every
 * page is copied in one step, inside one read transaction, so the copy is the database as it was at
 * one moment with everything committed by then (a page-by-page copy would start over at each of
 * the relay's commits). The copy becomes a single self-contained file, is verified, and only then
 * takes the target's name; an existing file is never overwritten.
 */
export async function backUpDatabase(files: SqliteFiles, target: string): Promise<DatabaseSummary> {
  if (!existsSync(files.database)) throw new BackupRefusal(`there is no database at ${files.database}: check DATA_DIR`);
  if (existsSync(target)) throw new BackupRefusal(`${target} already exists; a back-up never overwrites a file, so choose a new name`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(files.database, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => allPages });
  } finally {
    source.close();
  }
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const summary = verifyDatabaseFile(partial);
  renameSync(partial, target);
  return summary;
}

/** Holding SQLite's exclusive lock proves no relay or back-up has the database open, and keeps one out meanwhile. */
function whileNobodyElseHasIt(files: SqliteFiles, work: () => void): void {
  const db = new Database(files.database, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new BackupRefusal(`${files.database} is in use by a running relay or back-up: stop the relay (or let the back-up finish) first`);
    }
    // A file too damaged to lock cannot be served by a relay either; it is what a restore replaces.
    work();
    return;
  }
  try {
    work();
  } finally {
    db.close();
  }
}

export interface RestoreSummary extends DatabaseSummary {
  /** Where the replaced database and its log were put, when there was one. */
  keptAside: string | null;
}

/**
 * Puts a verified back-up in place of the data folder's database. The database it replaces, with
 * its log, is kept in a `replaced-<time>` folder beside it rather than deleted.
 */
export function restoreDatabase(backup: string, files: SqliteFiles): RestoreSummary {
  const summary = verifyDatabaseFile(backup);
  const dataDir = path.dirname(files.database);
  mkdirSync(dataDir, { recursive: true });
  let keptAside: string | null = null;
  const companions = [files.database, files.wal, files.shm, files.openMarker];
  if (existsSync(files.database)) {
    keptAside = path.join(dataDir, `replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    const folder = keptAside;
    whileNobodyElseHasIt(files, () => {
      mkdirSync(folder);
      for (const file of companions.filter((candidate) => existsSync(candidate))) cpSync(file, path.join(folder, path.basename(file)));
    });
  }
  for (const file of companions) rmSync(file, { force: true });
  const incoming = `${files.database}.restoring`;
  copyFileSync(backup, incoming);
  renameSync(incoming, files.database);
  return { ...summary, keptAside };
}
