import Database from 'better-sqlite3';
import type { Role } from '@washup/shared/auth';
import type { AssetPut, BoardRecord, NewParticipant, PendingAppend, StoredAsset, StoredBallot, StoredJoinCode, StoredRestorePoint } from './storage';
import type { RetentionColumns } from './retentionColumns';

/** Pages the health probe writes (and frees again): enough to need fresh space on a full disk. */
const probePages = 16;

/**
 * The settings every connection to the relay's database uses: the write-ahead log with a full
 * fsync at each commit, so a commit that has returned survives a crash of the process or of the
 * machine; `maxBytes` caps the file's size, so writes past it fail as on a full disk.
 */
export function configureConnection(db: Database.Database, maxBytes: number | undefined): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, so deleted text (a board, private learning moved out) is not left in free pages.
  db.pragma('secure_delete = ON');
  if (maxBytes !== undefined) db.pragma(`max_page_count = ${Math.floor(maxBytes / (db.pragma('page_size', { simple: true }) as number))}`);
}

export interface SqliteWriterOptions {
  file: string;
  maxBytes: number | undefined;
}

/**
 * Every write to the relay's database, on a connection of its own. It runs in a worker thread
 * (sqliteWriterWorker.ts), so the commits and their fsyncs never hold up the relay's event loop,
 * while reads stay on the relay's own connection (in WAL mode they never wait for a writer).
 * Writes run one at a time, in the order they were asked for.
 */
export class SqliteWriter {
  private readonly db: Database.Database;
  private readonly statements;
  /** Sequence numbers are kept per doc in memory once read, since appends only come from this connection. */
  private readonly seqByDoc = new Map<string, number>();

  constructor(options: SqliteWriterOptions) {
    this.db = new Database(options.file, { fileMustExist: true });
    configureConnection(this.db, options.maxBytes);
    const db = this.db;
    this.statements = {
      insertBoard: db.prepare(
        'INSERT INTO boards (id, title, template_id, created_at, key_version) VALUES (@id, @title, @templateId, @createdAt, @keyVersion)',
      ),
      setKeyVersion: db.prepare('UPDATE boards SET key_version = ? WHERE id = ?'),
      replaceRoleInvite: db.prepare<[string, string], { version: number }>(
        'INSERT INTO invite_versions (board_id, role, version) VALUES (?, ?, 1) ON CONFLICT(board_id, role) DO UPDATE SET version = version + 1 RETURNING version',
      ),
      // A code another link holds is left alone (no row changes).
      putJoinCode: db.prepare(
        `INSERT INTO join_codes (board_id, role, code, invite) SELECT @boardId, @role, @code, @invite
         WHERE NOT EXISTS (SELECT 1 FROM join_codes WHERE code = @code)
         ON CONFLICT (board_id, role) DO UPDATE SET code = excluded.code, invite = excluded.invite`,
      ),
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
      setRetention: db.prepare(
        'UPDATE boards SET retention_days = @retentionDays, purge_at = @purgeAt, last_activity_at = MAX(COALESCE(last_activity_at, 0), @at) WHERE id = @boardId',
      ),
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
      removeParticipant: db.prepare('UPDATE participants SET removed = 1 WHERE board_id = ? AND id = ?'),
      putBallot: db.prepare(
        'INSERT INTO ballots (board_id, round_id, voter_id, ballot, cast_at) VALUES (@boardId, @roundId, @voterId, @ballot, @castAt) ON CONFLICT(board_id, round_id, voter_id) DO UPDATE SET ballot = excluded.ballot, cast_at = excluded.cast_at',
      ),
      insertRestorePoint: db.prepare(
        'INSERT INTO restore_points (board_id, id, taken_at, participant_id, details, state) VALUES (@boardId, @id, @takenAt, @participantId, @details, @state)',
      ),
      deleteRestorePoint: db.prepare('DELETE FROM restore_points WHERE board_id = ? AND id = ?'),
      // Named by the SHA-256 of its bytes: a second upload of the same picture is the same row.
      insertAsset: db.prepare(
        'INSERT INTO board_assets (board_id, id, content_type, bytes, created_at) VALUES (@boardId, @id, @contentType, @bytes, @createdAt) ON CONFLICT (board_id, id) DO NOTHING',
      ),
      reuseAsset: db.prepare('UPDATE board_assets SET unused_since = NULL WHERE board_id = ? AND id = ?'),
      assetBytes: db.prepare<[string], { bytes: number }>('SELECT COALESCE(SUM(LENGTH(bytes)), 0) AS bytes FROM board_assets WHERE board_id = ?'),
      // Ids travel as one JSON array: a list of any length is one statement.
      markAssetsUnused: db.prepare(
        'UPDATE board_assets SET unused_since = @at WHERE board_id = @boardId AND unused_since IS NULL AND id IN (SELECT value FROM json_each(@ids))',
      ),
      markAssetsUsed: db.prepare(
        'UPDATE board_assets SET unused_since = NULL WHERE board_id = @boardId AND unused_since IS NOT NULL AND id NOT IN (SELECT value FROM json_each(@ids))',
      ),
      deleteUnusedAssets: db.prepare<{ boardId: string; ids: string; markedBy: number }, { id: string }>(
        'DELETE FROM board_assets WHERE board_id = @boardId AND unused_since <= @markedBy AND id IN (SELECT value FROM json_each(@ids)) RETURNING id',
      ),
      lastSeq: db.prepare<[string, string], { seq: number | null }>(
        'SELECT MAX(seq) AS seq FROM (SELECT seq FROM doc_updates WHERE doc_name = ? UNION ALL SELECT upto_seq FROM doc_snapshots WHERE doc_name = ?)',
      ),
      insertUpdate: db.prepare('INSERT INTO doc_updates (doc_name, seq, data) VALUES (?, ?, ?)'),
      upsertSnapshot: db.prepare(
        'INSERT INTO doc_snapshots (doc_name, snapshot, upto_seq, update_format) VALUES (?, ?, ?, 1) ON CONFLICT(doc_name) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq, update_format = 1',
      ),
      deleteUpdatesUpTo: db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND seq <= ?'),
      insertProbe: db.prepare<[number]>('INSERT INTO storage_probe (data) VALUES (zeroblob(?))'),
      deleteProbes: db.prepare('DELETE FROM storage_probe'),
    };
  }

  private nextSeq(docName: string): number {
    let seq = this.seqByDoc.get(docName);
    if (seq === undefined) seq = this.statements.lastSeq.get(docName, docName)?.seq ?? 0;
    seq += 1;
    this.seqByDoc.set(docName, seq);
    return seq;
  }

  createBoard(board: BoardRecord): void {
    this.statements.insertBoard.run(board);
  }

  setKeyVersion(id: string, keyVersion: number): void {
    this.statements.setKeyVersion.run(keyVersion, id);
  }

  replaceRoleInvite(boardId: string, role: Role): number {
    const row = this.statements.replaceRoleInvite.get(boardId, role);
    if (!row) throw new Error(`replacing the ${role} invite of ${boardId} returned no version`);
    return row.version;
  }

  /** Returns false, changing nothing, when another link already has the code. */
  putJoinCode(entry: StoredJoinCode): boolean {
    return this.statements.putJoinCode.run(entry).changes > 0;
  }

  deleteBoard(id: string): void {
    this.db.transaction(() => {
      this.statements.deleteDocUpdates.run({ id });
      this.statements.deleteDocSnapshots.run({ id });
      this.statements.deleteBoard.run(id);
    })();
    for (const docName of this.seqByDoc.keys()) {
      if (docName === id || docName.startsWith(`${id}/`)) this.seqByDoc.delete(docName);
    }
  }

  setRetention(boardId: string, columns: RetentionColumns, at: number): void {
    this.statements.setRetention.run({ boardId, ...columns, at });
  }

  addParticipant(participant: NewParticipant): void {
    this.statements.insertParticipant.run(participant);
  }

  /** Returns false when there is no such participant. */
  removeParticipant(boardId: string, participantId: string): boolean {
    return this.statements.removeParticipant.run(boardId, participantId).changes > 0;
  }

  putBallot(ballot: StoredBallot): void {
    this.statements.putBallot.run({ ...ballot, ballot: JSON.stringify(ballot.ballot) });
  }

  addRestorePoint(point: StoredRestorePoint): void {
    this.statements.insertRestorePoint.run({ ...point, details: JSON.stringify(point.details), state: Buffer.from(point.state) });
  }

  deleteRestorePoints(boardId: string, pointIds: readonly string[]): void {
    this.db.transaction(() => {
      for (const id of pointIds) this.statements.deleteRestorePoint.run(boardId, id);
    })();
  }

  /** Checked and stored in one transaction of the one writer, so uploads at once cannot both pass the quota. */
  putAsset(asset: StoredAsset, quotaBytes: number): AssetPut {
    return this.db.transaction((): AssetPut => {
      if (this.statements.reuseAsset.run(asset.boardId, asset.id).changes > 0) return { stored: true };
      const boardBytes = this.statements.assetBytes.get(asset.boardId)?.bytes ?? 0;
      if (boardBytes + asset.bytes.length > quotaBytes) return { stored: false, boardBytes };
      this.statements.insertAsset.run({ ...asset, bytes: Buffer.from(asset.bytes) });
      return { stored: true };
    })();
  }

  markUnusedAssets(boardId: string, unused: readonly string[], at: number): void {
    const ids = JSON.stringify(unused);
    this.db.transaction(() => {
      this.statements.markAssetsUsed.run({ boardId, ids });
      this.statements.markAssetsUnused.run({ boardId, ids, at });
    })();
  }

  deleteUnusedAssets(boardId: string, assetIds: readonly string[], markedBy: number): string[] {
    return this.statements.deleteUnusedAssets.all({ boardId, ids: JSON.stringify(assetIds), markedBy }).map((row) => row.id);
  }

  /** Appends a batch in one transaction (one fsync); returns each doc's new last sequence number. */
  appendUpdates(batch: readonly PendingAppend[]): Map<string, number> {
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

  compactDoc(docName: string, uptoSeq: number, memorySnapshot: Uint8Array): void {
    this.db.transaction(() => {
      // No rows to replace: the board was deleted after the compaction was asked for (a snapshot
      // now would bring its content back), or a compaction of these rows came first.
      if (this.statements.deleteUpdatesUpTo.run(docName, uptoSeq).changes === 0) return;
      this.statements.upsertSnapshot.run(docName, memorySnapshot, uptoSeq);
    })();
  }

  /** Deletions already zero their pages (secure_delete); the old page images in the WAL go once it is checkpointed and truncated. */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** A small committed write that needs fresh pages, and frees them again. */
  probeWrite(): void {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    this.db.transaction(() => {
      this.statements.insertProbe.run(pageSize * probePages);
      this.statements.deleteProbes.run();
    })();
  }

  close(): void {
    this.db.close();
  }
}

/** The writes a SqliteWriter offers, by name: what its thread can be asked to run. */
export type SqliteWrite = Exclude<keyof SqliteWriter, 'close'>;
