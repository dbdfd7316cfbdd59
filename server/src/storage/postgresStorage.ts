import pg from 'pg';
import * as Y from 'yjs';
import type { Participant } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import type { Retention } from '@washup/shared/board';
import { consoleLogger, type Logger } from '../logger';
import { classifyPostgresFailure } from './postgresFailures';
import type { AssetEntry, AssetPut, BoardRecord, NewParticipant, PendingAppend, RestorePointEntry, Storage, StoredAsset, StoredBallot, StoredDoc, StoredJoinCode, StoredRestorePoint, StoredRetention } from './storage';
import { postgresAssetSchema } from './assetColumns';
import { postgresSnapshotSchema, storedSnapshot } from './snapshotColumns';
import { applyStoredDoc } from './storedDoc';
import { dueForPurge, postgresRetentionSchema, retentionColumnsOf, retentionFromColumns } from './retentionColumns';
import { StorageFaults, type StorageHealth } from './storageFaults';

const schema = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  key_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  joined_at BIGINT NOT NULL,
  removed BOOLEAN NOT NULL DEFAULT FALSE,
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
  ballot JSONB NOT NULL,
  cast_at BIGINT NOT NULL,
  PRIMARY KEY (board_id, round_id, voter_id)
);
CREATE TABLE IF NOT EXISTS restore_points (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  taken_at BIGINT NOT NULL,
  participant_id TEXT,
  details JSONB NOT NULL,
  state BYTEA NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS restore_points_by_time ON restore_points (board_id, taken_at);
CREATE TABLE IF NOT EXISTS board_assets (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc_name TEXT PRIMARY KEY,
  snapshot BYTEA NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq BIGSERIAL PRIMARY KEY,
  doc_name TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc_name, seq);
CREATE TABLE IF NOT EXISTS deleted_boards (
  id TEXT PRIMARY KEY
);
`;

const schemaLockKey = 0x77617368; // "wash"
/**
 * The first key of a board's advisory lock (the second is the hash of its id): every append and
 * compaction holds it shared, a deletion holds it alone. Two-key locks never meet the one-key
 * locks above.
 */
const boardLockClass = 0x626f6172; // "boar"
/** The first key of a board's pictures' lock: an upload holds it while it checks the quota and stores. */
const assetLockClass = 0x70696374; // "pict"
/** A doc's board: doc names are `<boardId>` or `<boardId>/...`. */
const boardOfDoc = (column: string) => `split_part(${column}, '/', 1)`;

/** Postgres returns BIGINT as a string; board times fit a JS number comfortably. */
const toNumber = (value: string | number) => Number(value);

/**
 * Shared storage for several relays. Sequence numbers come from one BIGSERIAL, so rows of
 * concurrent relays can commit out of number order: loading therefore reads every remaining row,
 * and compaction deletes exactly the rows it merged, never a range.
 */
export class PostgresStorage implements Storage {
  private readonly pool: pg.Pool;
  /** The schema migration, once it has started; cleared when it fails, so the next query tries again. */
  private migrated: Promise<void> | null = null;
  // A round trip proves the server is back; the common failure here is the connection, not the disk.
  private readonly faults = new StorageFaults(classifyPostgresFailure, async () => {
    await this.ensureSchema();
    await this.pool.query('SELECT 1');
  });

  constructor(
    connectionString: string,
    private readonly log: Logger = consoleLogger,
  ) {
    // A server that cannot be reached fails a request within seconds rather than holding it.
    this.pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000, keepAlive: true });
    // An idle pooled connection that the server drops (a restart, a failover) is reported as an
    // 'error' event on the pool; unhandled, that event would end the relay. The pool discards the
    // connection itself and the next query opens a new one, so noting the failure is enough.
    this.pool.on('error', (error) => {
      this.log.warn({ err: error }, 'a PostgreSQL connection was lost');
      this.faults.notice(error);
    });
    // Queries await the migration and see its failure; this only keeps an early failure from going unhandled.
    this.ensureSchema().catch(() => undefined);
  }

  /** A server that was down when the relay started is migrated when it comes back, not never. */
  private ensureSchema(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  /** Relays starting together would race on CREATE TABLE IF NOT EXISTS; a lock makes them take turns. */
  private migrate(): Promise<void> {
    return this.runTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLockKey]);
      await client.query(schema);
      await client.query(postgresRetentionSchema);
      await client.query(postgresAssetSchema);
      await client.query(postgresSnapshotSchema);
    });
  }

  private query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<Row>> {
    return this.faults.read(async () => {
      await this.ensureSchema();
      return this.pool.query<Row>(text, values);
    });
  }

  private write(text: string, values: unknown[]): Promise<pg.QueryResult> {
    return this.faults.write(async () => {
      await this.ensureSchema();
      return this.pool.query(text, values);
    });
  }

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.faults.write(async () => {
      await this.ensureSchema();
      return this.runTransaction(work);
    });
  }

  private async runTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection the server ends between two statements (a restart) says so in an 'error' event
    // on the checked-out client, which the pool does not hear and which, unheard, ends the relay;
    // the next statement fails anyway, and the broken connection is not given back to the pool.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost = error;
      this.faults.notice(error);
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      client.release(lost);
    }
  }

  async createBoard(board: BoardRecord): Promise<void> {
    await this.write('INSERT INTO boards (id, title, template_id, created_at, key_version) VALUES ($1, $2, $3, $4, $5)', [
      board.id,
      board.title,
      board.templateId,
      board.createdAt,
      board.keyVersion,
    ]);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const { rows } = await this.query<{ id: string; title: string; template_id: string; created_at: string; key_version: number }>(
      'SELECT * FROM boards WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row
      ? { id: row.id, title: row.title, templateId: row.template_id, createdAt: toNumber(row.created_at), keyVersion: row.key_version }
      : null;
  }

  async setKeyVersion(id: string, keyVersion: number): Promise<void> {
    await this.write('UPDATE boards SET key_version = $1 WHERE id = $2', [keyVersion, id]);
  }

  async inviteVersions(boardId: string): Promise<Partial<Record<Role, number>>> {
    const { rows } = await this.query<{ role: Role; version: number }>('SELECT role, version FROM invite_versions WHERE board_id = $1', [boardId]);
    return Object.fromEntries(rows.map((row) => [row.role, row.version]));
  }

  async replaceRoleInvite(boardId: string, role: Role): Promise<number> {
    const { rows } = await this.write(
      `INSERT INTO invite_versions (board_id, role, version) VALUES ($1, $2, 1)
       ON CONFLICT (board_id, role) DO UPDATE SET version = invite_versions.version + 1 RETURNING version`,
      [boardId, role],
    );
    const version: unknown = rows[0]?.version;
    if (typeof version !== 'number') throw new Error(`replacing the ${role} invite of ${boardId} returned no version`);
    return version;
  }

  async putJoinCode(entry: StoredJoinCode): Promise<boolean> {
    // A code another link holds is left alone (no row changes); two relays racing for one code
    // make the unique index refuse the second, which then fails like any storage error.
    const { rowCount } = await this.write(
      `INSERT INTO join_codes (board_id, role, code, invite) SELECT $1, $2, $3, $4
       WHERE NOT EXISTS (SELECT 1 FROM join_codes WHERE code = $3)
       ON CONFLICT (board_id, role) DO UPDATE SET code = excluded.code, invite = excluded.invite`,
      [entry.boardId, entry.role, entry.code, entry.invite],
    );
    return (rowCount ?? 0) > 0;
  }

  async findJoinCode(code: string): Promise<StoredJoinCode | null> {
    const { rows } = await this.query<{ board_id: string; role: Role; code: string; invite: string }>(
      'SELECT board_id, role, code, invite FROM join_codes WHERE code = $1',
      [code],
    );
    const row = rows[0];
    return row ? { code: row.code, boardId: row.board_id, role: row.role, invite: row.invite } : null;
  }

  /**
   * Every row of the board goes, also when another relay is still writing to it: the board's lock
   * makes appends wait until the deletion commits, and its tombstone makes them store nothing for
   * it afterwards (a relay learns of the deletion a moment later, through Redis).
   */
  async deleteBoard(id: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [boardLockClass, id]);
      await client.query('INSERT INTO deleted_boards (id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
      // A board's docs are `<id>` and `<id>/...`; '0' is the character after '/'.
      const docs = "doc_name = $1 OR (doc_name >= $1 || '/' AND doc_name < $1 || '0')";
      await client.query(`DELETE FROM doc_updates WHERE ${docs}`, [id]);
      await client.query(`DELETE FROM doc_snapshots WHERE ${docs}`, [id]);
      await client.query('DELETE FROM boards WHERE id = $1', [id]);
    });
  }

  async setRetention(boardId: string, retention: Retention | null, at: number): Promise<void> {
    const { retentionDays, purgeAt } = retentionColumnsOf(retention);
    await this.write(
      'UPDATE boards SET retention_days = $2, purge_at = $3, last_activity_at = GREATEST(COALESCE(last_activity_at, 0), $4) WHERE id = $1',
      [boardId, retentionDays, purgeAt, at],
    );
  }

  async retentionOf(boardId: string): Promise<StoredRetention | null> {
    const { rows } = await this.query<{ retention_days: number | null; purge_at: string | null; last_activity_at: string }>(
      'SELECT retention_days, purge_at, COALESCE(last_activity_at, created_at) AS last_activity_at FROM boards WHERE id = $1',
      [boardId],
    );
    const row = rows[0];
    if (!row) return null;
    const purgeAt = row.purge_at === null ? null : toNumber(row.purge_at);
    return { retention: retentionFromColumns({ retentionDays: row.retention_days, purgeAt }), lastActivityAt: toNumber(row.last_activity_at) };
  }

  async boardsDueForPurge(now: number, limit: number): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(`SELECT id FROM boards WHERE ${dueForPurge('$1')} LIMIT $2`, [now, limit]);
    return rows.map((row) => row.id);
  }

  async addParticipant(participant: NewParticipant): Promise<void> {
    await this.write('INSERT INTO participants (board_id, id, name, role, joined_at) VALUES ($1, $2, $3, $4, $5)', [
      participant.boardId,
      participant.id,
      participant.name,
      participant.role,
      participant.joinedAt,
    ]);
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    const { rows } = await this.query<ParticipantRow>(
      'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = $1 ORDER BY joined_at, id',
      [boardId],
    );
    return rows.map(toParticipant);
  }

  async getParticipant(boardId: string, participantId: string): Promise<Participant | null> {
    const { rows } = await this.query<ParticipantRow>(
      'SELECT id, name, role, joined_at, removed FROM participants WHERE board_id = $1 AND id = $2',
      [boardId, participantId],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  async removeParticipant(boardId: string, participantId: string): Promise<boolean> {
    const result = await this.write('UPDATE participants SET removed = TRUE WHERE board_id = $1 AND id = $2', [boardId, participantId]);
    return (result.rowCount ?? 0) > 0;
  }

  async putBallot(ballot: StoredBallot): Promise<void> {
    await this.write(
      `INSERT INTO ballots (board_id, round_id, voter_id, ballot, cast_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (board_id, round_id, voter_id) DO UPDATE SET ballot = excluded.ballot, cast_at = excluded.cast_at`,
      [ballot.boardId, ballot.roundId, ballot.voterId, JSON.stringify(ballot.ballot), ballot.castAt],
    );
  }

  async listBallots(boardId: string, roundId: string): Promise<StoredBallot[]> {
    const { rows } = await this.query<{ voter_id: string; ballot: unknown; cast_at: string }>(
      'SELECT voter_id, ballot, cast_at FROM ballots WHERE board_id = $1 AND round_id = $2 ORDER BY voter_id',
      [boardId, roundId],
    );
    return rows.map((row) => ({ boardId, roundId, voterId: row.voter_id, ballot: row.ballot, castAt: toNumber(row.cast_at) }));
  }

  async addRestorePoint(point: StoredRestorePoint): Promise<void> {
    await this.write('INSERT INTO restore_points (board_id, id, taken_at, participant_id, details, state) VALUES ($1, $2, $3, $4, $5, $6)', [
      point.boardId,
      point.id,
      point.takenAt,
      point.participantId,
      JSON.stringify(point.details),
      Buffer.from(point.state),
    ]);
  }

  async listRestorePoints(boardId: string): Promise<RestorePointEntry[]> {
    const { rows } = await this.query<{ id: string; taken_at: string; participant_id: string | null; details: unknown; bytes: number }>(
      'SELECT id, taken_at, participant_id, details, octet_length(state) AS bytes FROM restore_points WHERE board_id = $1 ORDER BY taken_at, id',
      [boardId],
    );
    return rows.map((row) => ({ id: row.id, boardId, takenAt: toNumber(row.taken_at), participantId: row.participant_id, details: row.details, bytes: row.bytes }));
  }

  /** Named by the SHA-256 of its bytes: a second upload of the same picture is the same row. */
  async putAsset(asset: StoredAsset, quotaBytes: number): Promise<AssetPut> {
    return this.transaction(async (client): Promise<AssetPut> => {
      // Uploads to one board from several relays take turns, so two cannot both pass the quota.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [assetLockClass, asset.boardId]);
      const reused = await client.query('UPDATE board_assets SET unused_since = NULL WHERE board_id = $1 AND id = $2', [asset.boardId, asset.id]);
      if ((reused.rowCount ?? 0) > 0) return { stored: true };
      const { rows } = await client.query<{ bytes: string }>('SELECT COALESCE(SUM(octet_length(bytes)), 0) AS bytes FROM board_assets WHERE board_id = $1', [asset.boardId]);
      const boardBytes = toNumber(rows[0]?.bytes ?? 0);
      if (boardBytes + asset.bytes.length > quotaBytes) return { stored: false, boardBytes };
      await client.query('INSERT INTO board_assets (board_id, id, content_type, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (board_id, id) DO NOTHING', [
        asset.boardId,
        asset.id,
        asset.contentType,
        Buffer.from(asset.bytes),
        asset.createdAt,
      ]);
      return { stored: true };
    });
  }

  async getAsset(boardId: string, assetId: string): Promise<Pick<StoredAsset, 'contentType' | 'bytes'> | null> {
    const { rows } = await this.query<{ content_type: string; bytes: Buffer }>('SELECT content_type, bytes FROM board_assets WHERE board_id = $1 AND id = $2', [boardId, assetId]);
    return rows[0] ? { contentType: rows[0].content_type, bytes: new Uint8Array(rows[0].bytes) } : null;
  }

  async listAssets(boardId: string): Promise<AssetEntry[]> {
    const { rows } = await this.query<{ id: string; bytes: number; created_at: string; unused_since: string | null }>(
      'SELECT id, octet_length(bytes) AS bytes, created_at, unused_since FROM board_assets WHERE board_id = $1 ORDER BY created_at, id',
      [boardId],
    );
    return rows.map((row) => ({ id: row.id, bytes: row.bytes, createdAt: toNumber(row.created_at), unusedSince: row.unused_since === null ? null : toNumber(row.unused_since) }));
  }

  async boardsWithAssets(after: string | null, limit: number): Promise<string[]> {
    const { rows } = await this.query<{ board_id: string }>('SELECT DISTINCT board_id FROM board_assets WHERE board_id > $1 ORDER BY board_id LIMIT $2', [after ?? '', limit]);
    return rows.map((row) => row.board_id);
  }

  async markUnusedAssets(boardId: string, unused: readonly string[], at: number): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('UPDATE board_assets SET unused_since = NULL WHERE board_id = $1 AND unused_since IS NOT NULL AND NOT (id = ANY($2::text[]))', [boardId, [...unused]]);
      await client.query('UPDATE board_assets SET unused_since = $3 WHERE board_id = $1 AND unused_since IS NULL AND id = ANY($2::text[])', [boardId, [...unused], at]);
    });
  }

  async deleteUnusedAssets(boardId: string, assetIds: readonly string[], markedBy: number): Promise<string[]> {
    const { rows } = await this.write('DELETE FROM board_assets WHERE board_id = $1 AND unused_since <= $3 AND id = ANY($2::text[]) RETURNING id', [boardId, [...assetIds], markedBy]);
    return rows.map((row: { id: string }) => row.id);
  }

  async restorePointState(boardId: string, pointId: string): Promise<Uint8Array | null> {
    const { rows } = await this.query<{ state: Buffer }>('SELECT state FROM restore_points WHERE board_id = $1 AND id = $2', [boardId, pointId]);
    return rows[0] ? new Uint8Array(rows[0].state) : null;
  }

  async deleteRestorePoints(boardId: string, pointIds: readonly string[]): Promise<void> {
    await this.write('DELETE FROM restore_points WHERE board_id = $1 AND id = ANY($2::text[])', [boardId, [...pointIds]]);
  }

  /** One statement, so the snapshot and the rows are of one moment: a compaction between two reads would hide rows it merged. */
  async loadDoc(docName: string): Promise<StoredDoc> {
    const { rows: all } = await this.query<{ seq: string | null; data: Buffer; update_format: number | null }>(
      `SELECT NULL::bigint AS seq, snapshot AS data, update_format FROM doc_snapshots WHERE doc_name = $1
       UNION ALL SELECT seq, data, NULL FROM doc_updates WHERE doc_name = $1 ORDER BY seq NULLS FIRST`,
      [docName],
    );
    const snapshotRow = all[0]?.seq === null ? all[0] : undefined;
    const rows = all.filter((row): row is { seq: string; data: Buffer; update_format: null } => row.seq !== null);
    return {
      snapshot: snapshotRow ? storedSnapshot(snapshotRow.data, snapshotRow.update_format) : null,
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.length > 0 ? toNumber(rows[rows.length - 1]!.seq) : 0,
    };
  }

  async appendUpdates(batch: readonly PendingAppend[]): Promise<Map<string, number>> {
    return this.transaction(async (client) => {
      const docNames = batch.map((entry) => entry.docName);
      // In board order, so two appends never wait for each other's locks; see deleteBoard.
      await client.query(
        `SELECT pg_advisory_xact_lock_shared($1, hashtext(board)) FROM (SELECT DISTINCT ${boardOfDoc('name')} AS board FROM unnest($2::text[]) AS name ORDER BY 1) AS boards`,
        [boardLockClass, docNames],
      );
      const { rows } = await client.query<{ seq: string; doc_name: string }>(
        `INSERT INTO doc_updates (doc_name, data) SELECT doc_name, data FROM UNNEST($1::text[], $2::bytea[]) AS batch (doc_name, data)
         WHERE NOT EXISTS (SELECT 1 FROM deleted_boards WHERE id = ${boardOfDoc('batch.doc_name')}) RETURNING seq, doc_name`,
        [docNames, batch.map((entry) => Buffer.from(entry.update))],
      );
      const lastSeqs = new Map<string, number>();
      for (const row of rows) lastSeqs.set(row.doc_name, Math.max(lastSeqs.get(row.doc_name) ?? 0, toNumber(row.seq)));
      return lastSeqs;
    });
  }

  /** Merges from the rows in the database, under an advisory lock, since other relays write too. */
  async compactDoc(docName: string, uptoSeq: number, _memorySnapshot: Uint8Array): Promise<void> {
    await this.transaction(async (client) => {
      // After a deletion the rows are gone and nothing is written; see deleteBoard.
      await client.query(`SELECT pg_advisory_xact_lock_shared($1, hashtext(${boardOfDoc('$2::text')}))`, [boardLockClass, docName]);
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [docName]);
      const snapshot = await client.query<{ snapshot: Buffer; update_format: number }>(
        'SELECT snapshot, update_format FROM doc_snapshots WHERE doc_name = $1',
        [docName],
      );
      const { rows } = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc_name = $1 AND seq <= $2 ORDER BY seq',
        [docName, uptoSeq],
      );
      if (rows.length === 0) return;
      const merged = new Y.Doc();
      const previous = snapshot.rows[0];
      const stored = {
        snapshot: previous ? storedSnapshot(previous.snapshot, previous.update_format) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: uptoSeq,
      };
      applyStoredDoc(merged, stored);
      await client.query(
        'INSERT INTO doc_snapshots (doc_name, snapshot, update_format) VALUES ($1, $2, 1) ON CONFLICT (doc_name) DO UPDATE SET snapshot = excluded.snapshot, update_format = 1',
        [docName, Buffer.from(Y.encodeStateAsUpdate(merged))],
      );
      await client.query('DELETE FROM doc_updates WHERE seq = ANY($1::bigint[])', [rows.map((row) => row.seq)]);
      merged.destroy();
    });
  }

  /**
   * Rows deleted or replaced by compaction are unreadable to every query once the transaction
   * commits; the server reclaims their space by (auto)vacuum, which is an operator's setting.
   */
  eraseDeleted(): Promise<void> {
    return Promise.resolve();
  }

  async countUpdates(docName: string): Promise<number> {
    const { rows } = await this.query<{ n: string }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_name = $1', [docName]);
    return toNumber(rows[0]?.n ?? 0);
  }

  async storedBytes(): Promise<number> {
    const { rows } = await this.query<{ bytes: string | null }>(
      'SELECT (SELECT COALESCE(SUM(octet_length(data)), 0) FROM doc_updates) + (SELECT COALESCE(SUM(octet_length(snapshot)), 0) FROM doc_snapshots) AS bytes',
    );
    return toNumber(rows[0]?.bytes ?? 0);
  }

  health(): Promise<StorageHealth> {
    return this.faults.health();
  }

  async close(): Promise<void> {
    await this.migrated?.catch(() => undefined);
    await this.pool.end();
  }
}

interface ParticipantRow {
  id: string;
  name: string;
  role: Participant['role'];
  joined_at: string;
  removed: boolean;
}

function toParticipant(row: ParticipantRow): Participant {
  return { id: row.id, name: row.name, role: row.role, joinedAt: toNumber(row.joined_at), removed: row.removed };
}
