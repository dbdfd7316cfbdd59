import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Participant } from '@washup/shared';
import type { BoardRecord, NewParticipant, PendingAppend, Storage, StoredBallot, StoredDoc } from './storage';

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
CREATE TABLE IF NOT EXISTS ballots (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  round_id TEXT NOT NULL,
  voter_id TEXT NOT NULL,
  ballot TEXT NOT NULL,
  cast_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, round_id, voter_id)
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
`;

interface BoardRow {
  id: string;
  title: string;
  template_id: string;
  created_at: number;
  key_version: number;
}
interface ParticipantRow {
  id: string;
  name: string;
  role: Participant['role'];
  joined_at: number;
  removed: number;
}

/**
 * The embedded default: one SQLite file in WAL mode with full fsync on commit, so an append that
 * has resolved survives a crash of the process or of the machine.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(schema);
    const db = this.db;
    this.statements = {
      insertBoard: db.prepare(
        'INSERT INTO boards (id, title, template_id, created_at, key_version) VALUES (@id, @title, @templateId, @createdAt, @keyVersion)',
      ),
      getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      setKeyVersion: db.prepare('UPDATE boards SET key_version = ? WHERE id = ?'),
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

  async createBoard(board: BoardRecord): Promise<void> {
    this.statements.insertBoard.run(board);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.statements.getBoard.get(id);
    return row
      ? { id: row.id, title: row.title, templateId: row.template_id, createdAt: row.created_at, keyVersion: row.key_version }
      : null;
  }

  async setKeyVersion(id: string, keyVersion: number): Promise<void> {
    this.statements.setKeyVersion.run(keyVersion, id);
  }

  async deleteBoard(id: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteDocUpdates.run({ id });
      this.statements.deleteDocSnapshots.run({ id });
      this.statements.deleteBoard.run(id);
    })();
    for (const docName of this.seqByDoc.keys()) {
      if (docName === id || docName.startsWith(`${id}/`)) this.seqByDoc.delete(docName);
    }
  }

  async addParticipant(participant: NewParticipant): Promise<void> {
    this.statements.insertParticipant.run(participant);
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    return this.statements.listParticipants.all(boardId).map(toParticipant);
  }

  async getParticipant(boardId: string, participantId: string): Promise<Participant | null> {
    const row = this.statements.getParticipant.get(boardId, participantId);
    return row ? toParticipant(row) : null;
  }

  async removeParticipant(boardId: string, participantId: string): Promise<boolean> {
    return this.statements.removeParticipant.run(boardId, participantId).changes > 0;
  }

  async putBallot(ballot: StoredBallot): Promise<void> {
    this.statements.putBallot.run({ ...ballot, ballot: JSON.stringify(ballot.ballot) });
  }

  async listBallots(boardId: string, roundId: string): Promise<StoredBallot[]> {
    return this.statements.listBallots.all(boardId, roundId).map((row) => ({
      boardId,
      roundId,
      voterId: row.voter_id,
      ballot: JSON.parse(row.ballot) as unknown,
      castAt: row.cast_at,
    }));
  }

  async loadDoc(docName: string): Promise<StoredDoc> {
    const snapshotRow = this.statements.getSnapshot.get(docName);
    const rows = this.statements.getUpdates.all(docName, snapshotRow?.upto_seq ?? 0);
    return {
      snapshot: snapshotRow ? new Uint8Array(snapshotRow.snapshot) : null,
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.at(-1)?.seq ?? snapshotRow?.upto_seq ?? 0,
    };
  }

  async appendUpdates(batch: readonly PendingAppend[]): Promise<Map<string, number>> {
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
  }

  async compactDoc(docName: string, uptoSeq: number, memorySnapshot: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(docName, memorySnapshot, uptoSeq);
      this.statements.deleteUpdatesUpTo.run(docName, uptoSeq);
    })();
  }

  async countUpdates(docName: string): Promise<number> {
    return this.statements.countUpdates.get(docName)?.n ?? 0;
  }

  async storedBytes(): Promise<number> {
    return this.statements.storedBytes.get()?.bytes ?? 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toParticipant(row: ParticipantRow): Participant {
  return { id: row.id, name: row.name, role: row.role, joinedAt: row.joined_at, removed: row.removed === 1 };
}
