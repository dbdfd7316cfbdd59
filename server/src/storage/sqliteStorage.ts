import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Participant } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import type { Retention } from '@washup/shared/board';
import { StartupError } from '../startupError';
import { classifySqliteFailure } from './sqliteFailures';
import { sqliteFilesOf, type SqliteFiles } from './sqliteFiles';
import { checkDatabaseAfterOpening, checkFilesBeforeOpening, openingFailure } from './sqliteStartCheck';
import type { AssetEntry, AssetPut, BoardRecord, NewParticipant, PendingAppend, RestorePointEntry, Storage, StoredAsset, StoredBallot, StoredDoc, StoredJoinCode, StoredRestorePoint, StoredRetention } from './storage';
import { migrateSqliteAssets } from './assetColumns';
import { migrateSqliteSnapshots, storedSnapshot } from './snapshotColumns';
import { dueForPurge, migrateSqliteRetention, retentionColumnsOf, retentionFromColumns } from './retentionColumns';
import { StorageFaults, type StorageHealth } from './storageFaults';
import { configureConnection } from './sqliteWriter';
import { SqliteWriterThread } from './sqliteWriterThread';

const schema = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  key_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS invite_versions (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (board_id, role)
);
CREATE TABLE IF NOT EXISTS join_codes (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  invite TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
);
CREATE TABLE IF NOT EXISTS ballots (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  round_id TEXT NOT NULL,
  voter_id TEXT NOT NULL,
  ballot TEXT NOT NULL,
  cast_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, round_id, voter_id)
);
CREATE TABLE IF NOT EXISTS restore_points (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  taken_at INTEGER NOT NULL,
  participant_id TEXT,
  details TEXT NOT NULL,
  state BLOB NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS restore_points_by_time ON restore_points (board_id, taken_at);
CREATE TABLE IF NOT EXISTS board_assets (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc_name TEXT PRIMARY KEY,
  snapshot BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  doc_name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc_name, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS storage_probe (
  id INTEGER PRIMARY KEY,
  data BLOB NOT NULL
);
`;

interface BoardRow {
  id: string;
  title: string;
  template_id: string;
  created_at: number;
  key_version: number;
}
interface RestorePointRow {
  id: string;
  taken_at: number;
  participant_id: string | null;
  details: string;
  bytes: number;
}
interface ParticipantRow {
  id: string;
  name: string;
  role: Participant['role'];
  joined_at: number;
  removed: number;
}

/**
 * Opens the file and refuses one that is damaged; `maxBytes` caps its size, so that writes past it
 * fail as on a full disk.
 */
function openChecked(files: SqliteFiles, maxBytes: number | undefined): Database.Database {
  checkFilesBeforeOpening(files);
  let db: Database.Database | undefined;
  try {
    db = new Database(files.database);
    configureConnection(db, maxBytes);
    checkDatabaseAfterOpening(db, files);
    db.exec(schema);
    migrateSqliteRetention(db);
    migrateSqliteAssets(db);
    migrateSqliteSnapshots(db);
    writeFileSync(files.openMarker, `${process.pid}\n`);
    return db;
  } catch (error) {
    db?.close();
    throw error instanceof StartupError ? error : openingFailure(error, files);
  }
}

/**
 * The embedded default: one SQLite file in WAL mode with full fsync on commit, so an append that
 * has resolved survives a crash of the process or of the machine. Writes run in a thread of their
 * own (SqliteWriter), so no commit or fsync holds up the relay; reads run here. A damaged file
 * stops the start; a failing disk later turns into StorageUnavailable.
 */
export class SqliteStorage implements Storage {
  private readonly files: SqliteFiles;
  private readonly db: Database.Database;
  private readonly writer: SqliteWriterThread;
  private readonly statements;
  private readonly faults = new StorageFaults(classifySqliteFailure, () => this.writer.run('probeWrite'));

  constructor(file: string, options: { maxBytes?: number } = {}) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.files = sqliteFilesOf(file);
    this.db = openChecked(this.files, options.maxBytes);
    this.writer = new SqliteWriterThread({ file, maxBytes: options.maxBytes });
    const db = this.db;
    this.statements = {
      getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      retentionOf: db.prepare<[string], { retention_days: number | null; purge_at: number | null; last_activity_at: number }>(
        'SELECT retention_days, purge_at, COALESCE(last_activity_at, created_at) AS last_activity_at FROM boards WHERE id = ?',
      ),
      boardsDueForPurge: db.prepare<{ now: number; limit: number }, { id: string }>(`SELECT id FROM boards WHERE ${dueForPurge('@now')} LIMIT @limit`),
      inviteVersions: db.prepare<[string], { role: Role; version: number }>('SELECT role, version FROM invite_versions WHERE board_id = ?'),
      findJoinCode: db.prepare<[string], { board_id: string; role: Role; code: string; invite: string }>(
        'SELECT board_id, role, code, invite FROM join_codes WHERE code = ?',
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = ? ORDER BY joined_at',
      ),
      getParticipant: db.prepare<[string, string], ParticipantRow>(
        'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = ? AND id = ?',
      ),
      listBallots: db.prepare<[string, string], { voter_id: string; ballot: string; cast_at: number }>(
        'SELECT voter_id, ballot, cast_at FROM ballots WHERE board_id = ? AND round_id = ? ORDER BY voter_id',
      ),
      listRestorePoints: db.prepare<[string], RestorePointRow>(
        'SELECT id, taken_at, participant_id, details, LENGTH(state) AS bytes FROM restore_points WHERE board_id = ? ORDER BY taken_at, rowid',
      ),
      restorePointState: db.prepare<[string, string], { state: Buffer }>('SELECT state FROM restore_points WHERE board_id = ? AND id = ?'),
      getAsset: db.prepare<[string, string], { content_type: string; bytes: Buffer }>('SELECT content_type, bytes FROM board_assets WHERE board_id = ? AND id = ?'),
      listAssets: db.prepare<[string], { id: string; bytes: number; created_at: number; unused_since: number | null }>(
        'SELECT id, LENGTH(bytes) AS bytes, created_at, unused_since FROM board_assets WHERE board_id = ? ORDER BY created_at, id',
      ),
      boardsWithAssets: db.prepare<[string, number], { board_id: string }>('SELECT DISTINCT board_id FROM board_assets WHERE board_id > ? ORDER BY board_id LIMIT ?'),
      getSnapshot: db.prepare<[string], { snapshot: Buffer; upto_seq: number; update_format: number }>(
        'SELECT snapshot, upto_seq, update_format FROM doc_snapshots WHERE doc_name = ?',
      ),
      getUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc_name = ? AND seq > ? ORDER BY seq',
      ),
      countUpdates: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_name = ?'),
      storedBytes: db.prepare<[], { bytes: number | null }>(
        'SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM doc_updates) + (SELECT COALESCE(SUM(LENGTH(snapshot)), 0) FROM doc_snapshots) AS bytes',
      ),
    };
  }

  createBoard(board: BoardRecord): Promise<void> {
    return this.faults.write(() => this.writer.run('createBoard', board));
  }

  getBoard(id: string): Promise<BoardRecord | null> {
    return this.faults.read(() => {
      const row = this.statements.getBoard.get(id);
      return row
        ? { id: row.id, title: row.title, templateId: row.template_id, createdAt: row.created_at, keyVersion: row.key_version }
        : null;
    });
  }

  setKeyVersion(id: string, keyVersion: number): Promise<void> {
    return this.faults.write(() => this.writer.run('setKeyVersion', id, keyVersion));
  }

  inviteVersions(boardId: string): Promise<Partial<Record<Role, number>>> {
    return this.faults.read(() => Object.fromEntries(this.statements.inviteVersions.all(boardId).map((row) => [row.role, row.version])));
  }

  replaceRoleInvite(boardId: string, role: Role): Promise<number> {
    return this.faults.write(() => this.writer.run('replaceRoleInvite', boardId, role));
  }

  putJoinCode(entry: StoredJoinCode): Promise<boolean> {
    return this.faults.write(() => this.writer.run('putJoinCode', entry));
  }

  findJoinCode(code: string): Promise<StoredJoinCode | null> {
    return this.faults.read(() => {
      const row = this.statements.findJoinCode.get(code);
      return row ? { code: row.code, boardId: row.board_id, role: row.role, invite: row.invite } : null;
    });
  }

  deleteBoard(id: string): Promise<void> {
    return this.faults.write(() => this.writer.run('deleteBoard', id));
  }

  setRetention(boardId: string, retention: Retention | null, at: number): Promise<void> {
    return this.faults.write(() => this.writer.run('setRetention', boardId, retentionColumnsOf(retention), at));
  }

  retentionOf(boardId: string): Promise<StoredRetention | null> {
    return this.faults.read(() => {
      const row = this.statements.retentionOf.get(boardId);
      if (!row) return null;
      return { retention: retentionFromColumns({ retentionDays: row.retention_days, purgeAt: row.purge_at }), lastActivityAt: row.last_activity_at };
    });
  }

  boardsDueForPurge(now: number, limit: number): Promise<string[]> {
    return this.faults.read(() => this.statements.boardsDueForPurge.all({ now, limit }).map((row) => row.id));
  }

  addParticipant(participant: NewParticipant): Promise<void> {
    return this.faults.write(() => this.writer.run('addParticipant', participant));
  }

  listParticipants(boardId: string): Promise<Participant[]> {
    return this.faults.read(() => this.statements.listParticipants.all(boardId).map(toParticipant));
  }

  getParticipant(boardId: string, participantId: string): Promise<Participant | null> {
    return this.faults.read(() => {
      const row = this.statements.getParticipant.get(boardId, participantId);
      return row ? toParticipant(row) : null;
    });
  }

  removeParticipant(boardId: string, participantId: string): Promise<boolean> {
    return this.faults.write(() => this.writer.run('removeParticipant', boardId, participantId));
  }

  putBallot(ballot: StoredBallot): Promise<void> {
    return this.faults.write(() => this.writer.run('putBallot', ballot));
  }

  listBallots(boardId: string, roundId: string): Promise<StoredBallot[]> {
    return this.faults.read(() =>
      this.statements.listBallots.all(boardId, roundId).map((row) => ({
        boardId,
        roundId,
        voterId: row.voter_id,
        ballot: JSON.parse(row.ballot) as unknown,
        castAt: row.cast_at,
      })),
    );
  }

  addRestorePoint(point: StoredRestorePoint): Promise<void> {
    return this.faults.write(() => this.writer.run('addRestorePoint', point));
  }

  listRestorePoints(boardId: string): Promise<RestorePointEntry[]> {
    return this.faults.read(() =>
      this.statements.listRestorePoints.all(boardId).map((row) => ({
        id: row.id,
        boardId,
        takenAt: row.taken_at,
        participantId: row.participant_id,
        details: JSON.parse(row.details) as unknown,
        bytes: row.bytes,
      })),
    );
  }

  restorePointState(boardId: string, pointId: string): Promise<Uint8Array | null> {
    return this.faults.read(() => {
      const row = this.statements.restorePointState.get(boardId, pointId);
      return row ? new Uint8Array(row.state) : null;
    });
  }

  deleteRestorePoints(boardId: string, pointIds: readonly string[]): Promise<void> {
    return this.faults.write(() => this.writer.run('deleteRestorePoints', boardId, pointIds));
  }

  putAsset(asset: StoredAsset, quotaBytes: number): Promise<AssetPut> {
    return this.faults.write(() => this.writer.run('putAsset', asset, quotaBytes));
  }

  getAsset(boardId: string, assetId: string): Promise<Pick<StoredAsset, 'contentType' | 'bytes'> | null> {
    return this.faults.read(() => {
      const row = this.statements.getAsset.get(boardId, assetId);
      return row ? { contentType: row.content_type, bytes: new Uint8Array(row.bytes) } : null;
    });
  }

  listAssets(boardId: string): Promise<AssetEntry[]> {
    return this.faults.read(() =>
      this.statements.listAssets.all(boardId).map((row) => ({ id: row.id, bytes: row.bytes, createdAt: row.created_at, unusedSince: row.unused_since })),
    );
  }

  boardsWithAssets(after: string | null, limit: number): Promise<string[]> {
    return this.faults.read(() => this.statements.boardsWithAssets.all(after ?? '', limit).map((row) => row.board_id));
  }

  markUnusedAssets(boardId: string, unused: readonly string[], at: number): Promise<void> {
    return this.faults.write(() => this.writer.run('markUnusedAssets', boardId, unused, at));
  }

  deleteUnusedAssets(boardId: string, assetIds: readonly string[], markedBy: number): Promise<string[]> {
    return this.faults.write(() => this.writer.run('deleteUnusedAssets', boardId, assetIds, markedBy));
  }

  loadDoc(docName: string): Promise<StoredDoc> {
    return this.faults.read(() => this.readDoc(docName));
  }

  /**
   * The snapshot and the rows after it, read in one transaction: the writer thread may commit a
   * compaction of this doc between the two reads, and an older snapshot with the rows left after a
   * newer one would lose the rows between them.
   */
  private readDoc(docName: string): StoredDoc {
    return this.db.transaction(() => {
      const snapshotRow = this.statements.getSnapshot.get(docName);
      const rows = this.statements.getUpdates.all(docName, snapshotRow?.upto_seq ?? 0);
      return {
        snapshot: snapshotRow ? storedSnapshot(snapshotRow.snapshot, snapshotRow.update_format) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? snapshotRow?.upto_seq ?? 0,
      };
    })();
  }

  appendUpdates(batch: readonly PendingAppend[]): Promise<Map<string, number>> {
    return this.faults.write(() => this.writer.run('appendUpdates', batch));
  }

  compactDoc(docName: string, uptoSeq: number, memorySnapshot: Uint8Array): Promise<void> {
    return this.faults.write(() => this.writer.run('compactDoc', docName, uptoSeq, memorySnapshot));
  }

  eraseDeleted(): Promise<void> {
    return this.faults.write(() => this.writer.run('checkpoint'));
  }

  countUpdates(docName: string): Promise<number> {
    return this.faults.read(() => this.statements.countUpdates.get(docName)?.n ?? 0);
  }

  storedBytes(): Promise<number> {
    return this.faults.read(() => this.statements.storedBytes.get()?.bytes ?? 0);
  }

  /** Not healthy before the writer thread has its connection open (or with the reason it has none). */
  async health(): Promise<StorageHealth> {
    await this.faults.read(() => this.writer.ready).catch(() => undefined);
    return this.faults.health();
  }

  async close(): Promise<void> {
    try {
      await this.writer.close();
      // Everything moves into the database file before the marker goes, so a crash in between
      // cannot look like a lost log at the next start.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      rmSync(this.files.openMarker, { force: true });
    } finally {
      this.db.close();
    }
  }
}

function toParticipant(row: ParticipantRow): Participant {
  return { id: row.id, name: row.name, role: row.role, joinedAt: row.joined_at, removed: row.removed === 1 };
}
