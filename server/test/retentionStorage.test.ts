import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JoinResponse, RetentionResponse } from '@washup/shared/api';
import { addCard, boardDocOf } from '@washup/shared/board';
import { closeCode } from '@washup/shared/sync';
import { cardInput } from '../../shared/test/board/support/boards';
import { PostgresStorage } from '../src/storage/postgresStorage';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import type { Storage } from '../src/storage/storage';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest } from './support/relay';

let postgres: PostgresServer;
const sqliteDir = mkdtempSync(path.join(tmpdir(), 'washup-retention-'));
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

const dayMs = 86_400_000;
const createdAt = Date.UTC(2026, 0, 5);

const adapters: Array<[string, () => Storage]> = [
  ['SQLite', () => new SqliteStorage(path.join(sqliteDir, `${Math.random()}.sqlite`))],
  ['PostgreSQL', () => new PostgresStorage(postgres.url)],
];

async function newBoard(storage: Storage): Promise<string> {
  const id = `board${Math.floor(Math.random() * 1e9)}`;
  await storage.createBoard({ id, title: 'Board', templateId: 'custom', createdAt, keyVersion: 1 });
  return id;
}

function someUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'change');
  return Y.encodeStateAsUpdate(doc);
}

describe.each(adapters)('%s: a board’s retention', (_name, open) => {
  it('is kept with the board, and a board is due once its date passes or its days after the last change run out', async () => {
    const storage = open();
    const dated = await newBoard(storage);
    const idle = await newBoard(storage);
    const kept = await newBoard(storage);
    // A board never changed counts from its creation.
    expect(await storage.retentionOf(kept)).toEqual({ retention: null, lastActivityAt: createdAt });
    expect(await storage.retentionOf('no-such-board')).toBeNull();

    const purgeAt = createdAt + 10 * dayMs;
    await storage.setRetention(dated, { kind: 'onDate', purgeAt }, createdAt + dayMs);
    await storage.setRetention(idle, { kind: 'afterActivity', days: 365 }, createdAt + dayMs);
    expect(await storage.retentionOf(dated)).toEqual({ retention: { kind: 'onDate', purgeAt }, lastActivityAt: createdAt + dayMs });
    expect(await storage.retentionOf(idle)).toEqual({ retention: { kind: 'afterActivity', days: 365 }, lastActivityAt: createdAt + dayMs });

    const due = async (now: number) => (await storage.boardsDueForPurge(now, 1000)).filter((id) => [dated, idle, kept].includes(id)).sort();
    expect(await due(purgeAt - 1)).toEqual([]);
    expect(await due(purgeAt)).toEqual([dated]);
    // 365 days in ms passes 2^31: the sum must not overflow a 32-bit integer.
    expect(await due(createdAt + dayMs + 365 * dayMs - 1)).toEqual([dated]);
    expect(await due(createdAt + dayMs + 365 * dayMs)).toEqual([dated, idle].sort());
    expect((await storage.boardsDueForPurge(createdAt + 400 * dayMs, 1)).length).toBe(1);

    await storage.setRetention(dated, null, createdAt + dayMs);
    expect(await storage.retentionOf(dated)).toMatchObject({ retention: null });
    expect(await due(purgeAt)).toEqual([]);
    await storage.deleteBoard(idle);
    expect(await storage.retentionOf(idle)).toBeNull();
    await storage.close();
  });

  it('takes any doc of the board storing a change as its last activity', async () => {
    const storage = open();
    const id = await newBoard(storage);
    const other = `${id}x`;
    await storage.createBoard({ id: other, title: 'Board', templateId: 'custom', createdAt, keyVersion: 1 });
    await storage.setRetention(id, { kind: 'afterActivity', days: 30 }, createdAt);
    const before = Date.now();
    await storage.appendUpdates([{ docName: `${id}/private/p1`, update: someUpdate() }]);
    const after = (await storage.retentionOf(id))!.lastActivityAt;
    expect(after).toBeGreaterThanOrEqual(before - 1000);
    expect(after).toBeLessThanOrEqual(Date.now() + 1000);
    // The board whose id merely starts the same is not touched.
    expect((await storage.retentionOf(other))!.lastActivityAt).toBe(createdAt);
    await storage.appendUpdates([{ docName: id, update: someUpdate() }]);
    expect((await storage.retentionOf(id))!.lastActivityAt).toBe(after);
    await storage.close();
  });
});

describe('a database from before retention', () => {
  it('gains the retention columns when SQLite opens it, keeping its boards', async () => {
    const file = path.join(sqliteDir, 'old.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, template_id TEXT NOT NULL, created_at INTEGER NOT NULL, key_version INTEGER NOT NULL);
      INSERT INTO boards VALUES ('oldboard', 'From before', 'custom', ${createdAt}, 1);`);
    old.close();
    const storage = new SqliteStorage(file);
    expect(await storage.retentionOf('oldboard')).toEqual({ retention: null, lastActivityAt: createdAt });
    await storage.setRetention('oldboard', { kind: 'afterActivity', days: 30 }, createdAt);
    expect(await storage.boardsDueForPurge(createdAt + 30 * dayMs, 10)).toEqual(['oldboard']);
    await storage.close();
  });

  it('gains them when PostgreSQL is migrated', async () => {
    const storage = new PostgresStorage(postgres.url);
    const id = await newBoard(storage);
    await storage.close();
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    await client.query('DROP TRIGGER board_activity ON doc_updates');
    await client.query('ALTER TABLE boards DROP COLUMN retention_days, DROP COLUMN purge_at, DROP COLUMN last_activity_at');
    await client.end();
    const migrated = new PostgresStorage(postgres.url);
    expect(await migrated.retentionOf(id)).toEqual({ retention: null, lastActivityAt: createdAt });
    await migrated.appendUpdates([{ docName: id, update: someUpdate() }]);
    expect((await migrated.retentionOf(id))!.lastActivityAt).toBeGreaterThan(createdAt);
    await migrated.close();
  });
});

describe('the relay on PostgreSQL', () => {
  const startTestRelay = relayPerTest();
  const secret = 'YdyMIRJ1e11Q_jt5p6BozOUskxTETe-FZ5v3QanGk8ZvurwHaLNuOGk8cTNVX2n_';

  it('deletes a board whose date has passed, every row of it', async () => {
    const relay = await startTestRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret, COMPACT_AFTER_UPDATES: 3 });
    const { board, lead, rae } = await boardWithTeam(relay, { lead: ['facilitator', 'Lead'], rae: ['reviewer', 'Rae'], host: ['host', 'Hana'] });
    const connect = (docPath: string, person: JoinResponse) => new RawSyncClient(`${relay.wsUrl}/${docPath}`, person.token, { protocols: [person.token] });
    const boardSocket = connect(board.id, rae);
    await boardSocket.synced;
    for (let i = 0; i < 5; i++) {
      addCard(boardDocOf(boardSocket.doc), cardInput({ observation: `Evidence ${i}`, authorId: rae.participantId }));
      await boardSocket.requestAck().acked;
    }
    const privateSocket = connect(`${board.id}/private/${rae.participantId}`, rae);
    await privateSocket.synced;
    addCard(boardDocOf(privateSocket.doc), cardInput({ privateLearning: true, authorId: rae.participantId }));
    await privateSocket.requestAck().acked;
    await relay.storage.putBallot({ boardId: board.id, roundId: 'round-1', voterId: rae.participantId, ballot: { dots: [] }, castAt: Date.now() });

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const rows = async () => {
        const tables = await client.query<{ table_name: string; has_board: boolean; has_doc: boolean }>(
          `SELECT table_name, bool_or(column_name = 'board_id') AS has_board, bool_or(column_name = 'doc_name') AS has_doc
           FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name`,
        );
        const counts: Record<string, number> = {};
        for (const table of tables.rows) {
          const where = table.has_board ? 'board_id = $1' : table.has_doc ? "doc_name = $1 OR doc_name LIKE $1 || '/%'" : table.table_name === 'boards' ? 'id = $1' : null;
          if (where) counts[table.table_name] = Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table.table_name} WHERE ${where}`, [board.id])).rows[0]!.n);
        }
        return counts;
      };
      const before = await rows();
      for (const table of ['boards', 'participants', 'ballots', 'restore_points', 'doc_updates', 'doc_snapshots']) expect(before[table], table).toBeGreaterThan(0);

      const set = await api<RetentionResponse>(relay.url, 'PUT', `/api/boards/${board.id}/retention`, {
        token: lead.token,
        body: { retention: { kind: 'onDate', purgeAt: Date.now() - dayMs } },
      });
      expect(set.status).toBe(200);
      expect((await boardSocket.closed).code).toBe(closeCode.boardDeleted);
      expect((await privateSocket.closed).code).toBe(closeCode.boardDeleted);
      await expect.poll(async () => (await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: lead.token })).status, { timeout: 5000 }).toBe(404);
      const after = await rows();
      expect(Object.values(after).every((count) => count === 0), JSON.stringify(after)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
