import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Participant } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { StartupError } from '../startupError';
import { classifySqliteFailure } from './sqliteFailures';
import { sqliteFilesOf, type SqliteFiles } from './sqliteFiles';
import { checkDatabaseAfterOpening, checkFilesBeforeOpening, openingFailure } from './sqliteStartCheck';
import type { BoardRecord, NewParticipant, PendingAppend, RestorePointEntry, Storage, StoredBallot, StoredDoc, StoredRestorePoint } from './storage';
import { StorageFaults, type StorageHealth } from './storageFaults';

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

/** Pages the health probe writes (and frees again): enough to need fresh space on a full disk. */
const probePages = 16;

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
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, so deleted text (a board, private learning moved out) is not left in free pages.
    db.pragma('secure_delete = ON');
    checkDatabaseAfterOpening(db, files);
    if (maxBytes !== undefined) db.pragma(`max_page_count = ${Math.floor(maxBytes / (db.pragma('page_size', { simple: true }) as number))}`);
    db.exec(schema);
    writeFileSync(files.openMarker, `${process.pid}\n`);
    return db;
  } catch (error) {
    db?.close();
    throw error instanceof StartupError ? error : openingFailure(error, files);
  }
}

/**
 * The embedded default: one SQLite file in WAL mode with full fsync on commit, so an append that
 * has resolved survives a crash of the process or of the machine. A damaged file stops the start;
 * a failing disk later turns into StorageUnavailable.
 */
export class SqliteStorage implements Storage {
  private readonly files: SqliteFiles;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly faults = new StorageFaults(classifySqliteFailure, async () => this.probeWrite());

  constructor(file: string, options: { maxBytes?: number } = {}) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.files = sqliteFilesOf(file);
    this.db = openChecked(this.files, options.maxBytes);
    const db = this.db;
    this.statements = {
      insertBoard: db.prepare(
        'INSERT INTO boards (id, title, template_id, created_at, key_version) VALUES (@id, @title, @templateId, @createdAt, @keyVersion)',
      ),
      getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      setKeyVersion: db.prepare('UPDATE boards SET key_version = ? WHERE id = ?'),
      inviteVersions: db.prepare<[string], { role: Role; version: number }>('SELECT role, version FROM invite_versions WHERE board_id = ?'),
      replaceRoleInvite: db.prepare<[string, string], { version: number }>(
        'INSERT INTO invite_versions (board_id, role, version) VALUES (?, ?, 1) ON CONFLICT(board_id, role) DO UPDATE SET version = version + 1 RETURNING version',
      ),
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
      // A board's docs are `<id>` and `<id>/...`; '0' is the character after '/', so this range is exactly them.
      deleteDocUpdates: db.prepare(
        "DELETE FROM doc_updates WHERE doc_name = @id OR (doc_name >= @id || '/' AND doc_name < @id || '0')",
      ),
      deleteDocSnapshots: db.prepare(
        "DELETE FROM doc_snapshots WHERE doc_name = @id OR (doc_name >= @id || '/' AND doc_name < @id || '0')",
      ),
      insertParticipant: db.prepare(
        'INSERT INTO participants (board_id, id, name, role, joined_at) VALUES (@boardId, @id, @name, @role, @joinedAt)',
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = ? ORDER BY joined_at',
      ),
      getParticipant: db.prepare<[string, string], ParticipantRow>(
        'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = ? AND id = ?',
      ),
      removeParticipant: db.prepare('UPDATE participants SET removed = 1 WHERE board_id = ? AND id = ?'),
      putBallot: db.prepare(
        'INSERT INTO ballots (board_id, round_id, voter_id, ballot, cast_at) VALUES (@boardId, @roundId, @voterId, @ballot, @castAt) ON CONFLICT(board_id, round_id, voter_id) DO UPDATE SET ballot = excluded.ballot, cast_at = excluded.cast_at',
      ),
      listBallots: db.prepare<[string, string], { voter_id: string; ballot: string; cast_at: number }>(
        'SELECT voter_id, ballot, cast_at FROM ballots WHERE board_id = ? AND round_id = ? ORDER BY voter_id',
      ),
      insertRestorePoint: db.prepare(
        'INSERT INTO restore_points (board_id, id, taken_at, participant_id, details, state) VALUES (@boardId, @id, @takenAt, @participantId, @details, @state)',
      ),
      listRestorePoints: db.prepare<[string], RestorePointRow>(
        'SELECT id, taken_at, participant_id, details, LENGTH(state) AS bytes FROM restore_points WHERE board_id = ? ORDER BY taken_at, rowid',
      ),
      restorePointState: db.prepare<[string, string], { state: Buffer }>('SELECT state FROM restore_points WHERE board_id = ? AND id = ?'),
      deleteRestorePoint: db.prepare('DELETE FROM restore_points WHERE board_id = ? AND id = ?'),
      getSnapshot: db.prepare<[string], { snapshot: Buffer; upto_seq: number }>(
        'SELECT snapshot, upto_seq FROM doc_snapshots WHERE doc_name = ?',
      ),
      getUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc_name = ? AND seq > ? ORDER BY seq',
      ),
      lastSeq: db.prepare<[string, string], { seq: number | null }>(
        'SELECT MAX(seq) AS seq FROM (SELECT seq FROM doc_updates WHERE doc_name = ? UNION ALL SELECT upto_seq FROM doc_snapshots WHERE doc_name = ?)',
      ),
      insertUpdate: db.prepare('INSERT INTO doc_updates (doc_name, seq, data) VALUES (?, ?, ?)'),
      upsertSnapshot: db.prepare(
        'INSERT INTO doc_snapshots (doc_name, snapshot, upto_seq) VALUES (?, ?, ?) ON CONFLICT(doc_name) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq',
      ),
      deleteUpdatesUpTo: db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND seq <= ?'),
      countUpdates: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_name = ?'),
      storedBytes: db.prepare<[], { bytes: number | null }>(
        'SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM doc_updates) + (SELECT COALESCE(SUM(LENGTH(snapshot)), 0) FROM doc_snapshots) AS bytes',
      ),
      insertProbe: db.prepare<[number]>('INSERT INTO storage_probe (data) VALUES (zeroblob(?))'),
      deleteProbes: db.prepare('DELETE FROM storage_probe'),
    };
  }

  /** Sequence numbers are kept per doc in memory once read, since appends only come from this process. */
  private readonly seqByDoc = new Map<string, number>();

  private nextSeq(docName: string): number {
    let seq = this.seqByDoc.get(docName);
    if (seq === undefined) seq = this.statements.lastSeq.get(docName, docName)?.seq ?? 0;
    seq += 1;
    this.seqByDoc.set(docName, seq);
    return seq;
  }

  createBoard(board: BoardRecord): Promise<void> {
    return this.faults.write(() => {
      this.statements.insertBoard.run(board);
    });
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
    return this.faults.write(() => {
      this.statements.setKeyVersion.run(keyVersion, id);
    });
  }

  inviteVersions(boardId: string): Promise<Partial<Record<Role, number>>> {
    return this.faults.read(() => Object.fromEntries(this.statements.inviteVersions.all(boardId).map((row) => [row.role, row.version])));
  }

  replaceRoleInvite(boardId: string, role: Role): Promise<number> {
    return this.faults.write(() => {
      const row = this.statements.replaceRoleInvite.get(boardId, role);
      if (!row) throw new Error(`replacing the ${role} invite of ${boardId} returned no version`);
      return row.version;
    });
  }

  deleteBoard(id: string): Promise<void> {
    return this.faults.write(() => {
      this.db.transaction(() => {
        this.statements.deleteDocUpdates.run({ id });
        this.statements.deleteDocSnapshots.run({ id });
        this.statements.deleteBoard.run(id);
      })();
      for (const docName of this.seqByDoc.keys()) {
        if (docName === id || docName.startsWith(`${id}/`)) this.seqByDoc.delete(docName);
      }
    });
  }

  addParticipant(participant: NewParticipant): Promise<void> {
    return this.faults.write(() => {
      this.statements.insertParticipant.run(participant);
    });
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
    return this.faults.write(() => this.statements.removeParticipant.run(boardId, participantId).changes > 0);
  }

  putBallot(ballot: StoredBallot): Promise<void> {
    return this.faults.write(() => {
      this.statements.putBallot.run({ ...ballot, ballot: JSON.stringify(ballot.ballot) });
    });
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
    return this.faults.write(() => {
      this.statements.insertRestorePoint.run({ ...point, details: JSON.stringify(point.details), state: Buffer.from(point.state) });
    });
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
    return this.faults.write(() => {
      this.db.transaction(() => {
        for (const id of pointIds) this.statements.deleteRestorePoint.run(boardId, id);
      })();
    });
  }

  loadDoc(docName: string): Promise<StoredDoc> {
    return this.faults.read(() => {
      const snapshotRow = this.statements.getSnapshot.get(docName);
      const rows = this.statements.getUpdates.all(docName, snapshotRow?.upto_seq ?? 0);
      return {
        snapshot: snapshotRow ? new Uint8Array(snapshotRow.snapshot) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? snapshotRow?.upto_seq ?? 0,
      };
    });
  }

  appendUpdates(batch: readonly PendingAppend[]): Promise<Map<string, number>> {
    return this.faults.write(() => {
      const lastSeqs = new Map<string, number>();
      const previous = new Map(this.seqByDoc);
      try {
        this.db.transaction(() => {
          for (const { docName, update } of batch) {
            const seq = this.nextSeq(docName);
            this.statements.insertUpdate.run(docName, seq, update);
            lastSeqs.set(docName, seq);
          }
        })();
      } catch (error) {
        // The transaction rolled back: forget the numbers it handed out.
        this.seqByDoc.clear();
        for (const [docName, seq] of previous) this.seqByDoc.set(docName, seq);
        throw error;
      }
      return lastSeqs;
    });
  }

  compactDoc(docName: string, uptoSeq: number, memorySnapshot: Uint8Array): Promise<void> {
    return this.faults.write(() => {
      this.db.transaction(() => {
        this.statements.upsertSnapshot.run(docName, memorySnapshot, uptoSeq);
        this.statements.deleteUpdatesUpTo.run(docName, uptoSeq);
      })();
    });
  }

  /** Deletions already zero their pages (secure_delete); the old page images in the WAL go once it is checkpointed and truncated. */
  eraseDeleted(): Promise<void> {
    return this.faults.write(() => {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    });
  }

  countUpdates(docName: string): Promise<number> {
    return this.faults.read(() => this.statements.countUpdates.get(docName)?.n ?? 0);
  }

  storedBytes(): Promise<number> {
    return this.faults.read(() => this.statements.storedBytes.get()?.bytes ?? 0);
  }

  health(): Promise<StorageHealth> {
    return this.faults.health();
  }

  /** A small committed write that needs fresh pages, and frees them again. */
  private probeWrite(): void {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    this.db.transaction(() => {
      this.statements.insertProbe.run(pageSize * probePages);
      this.statements.deleteProbes.run();
    })();
  }

  async close(): Promise<void> {
    try {
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
