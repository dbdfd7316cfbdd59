import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { JoinResponse } from '@washup/shared/api';
import { exitCodes } from '../src/startupError';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import { StorageUnavailable } from '../src/storage/storageUnavailable';
import { api, createBoard, startRelay, type TestRelay } from './support/relay';
import { runServerScript } from './support/scriptProcess';

const dirs: string[] = [];
const relays: TestRelay[] = [];
afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.stop({ keepData: true });
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function started(...args: Parameters<typeof startRelay>): Promise<TestRelay> {
  const relay = await startRelay(...args);
  relays.push(relay);
  dirs.push(relay.dataDir);
  return relay;
}

const docName = 'fault-board';
const edits = 120;

/** Stores `edits` updates, one commit each, as the relay's group commit does for a steady typist. */
async function writeEdits(relay: TestRelay): Promise<void> {
  const doc = new Y.Doc();
  for (let i = 0; i < edits; i++) {
    let update: Uint8Array | null = null;
    doc.once('update', (captured: Uint8Array) => (update = captured));
    doc.getText('cards').insert(0, `card ${i} `.padEnd(1500, '.'));
    await relay.storage.appendUpdates([{ docName, update: update! }]);
  }
}

/** The data folder as a kill -9 leaves it: copied while the relay still has the database open. */
async function crashImage(): Promise<string> {
  const relay = await started();
  await writeEdits(relay);
  const image = mkdtempSync(path.join(tmpdir(), 'washup-crash-'));
  dirs.push(image);
  cpSync(relay.dataDir, image, { recursive: true });
  return image;
}

/** A data folder after a clean stop: everything in the database file, no log, no marker. */
async function cleanlyStopped(): Promise<string> {
  const relay = await started();
  await writeEdits(relay);
  await relays.pop()!.stop({ keepData: true });
  return relay.dataDir;
}

function overwrite(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

const damagedData = (pattern: RegExp) =>
  expect.objectContaining({ exitCode: exitCodes.damagedData, message: expect.stringMatching(pattern) });

describe('checks at start', () => {
  it('replays an intact log after a crash: every stored edit is there', async () => {
    const relay = await started({}, await crashImage());
    expect((await relay.storage.loadDoc(docName)).updates).toHaveLength(edits);
  });

  it('refuses a log damaged in the middle instead of serving the edits before the damage', async () => {
    const image = await crashImage();
    const { wal } = sqliteFiles(image);
    const walHeader = 32;
    const frame = 24 + 4096;
    overwrite(wal, walHeader + 10 * frame + 24 + 200, 64);
    await expect(startRelay({}, image)).rejects.toThrow(damagedData(/write-ahead log .* is damaged.*pnpm restore/));
  });

  it('refuses to start when the log of a relay that crashed was deleted', async () => {
    const image = await crashImage();
    rmSync(sqliteFiles(image).wal);
    await expect(startRelay({}, image)).rejects.toThrow(damagedData(/did not stop cleanly and its write-ahead log .* is missing/));
  });

  it('refuses a database emptied to 0 bytes', async () => {
    const dir = await cleanlyStopped();
    truncateSync(sqliteFiles(dir).database, 0);
    await expect(startRelay({}, dir)).rejects.toThrow(damagedData(/is empty \(0 bytes\).*pnpm restore/));
  });

  it('refuses a database file with damaged pages', async () => {
    const dir = await cleanlyStopped();
    const { database } = sqliteFiles(dir);
    overwrite(database, Math.floor(statSync(database).size / 4096 / 2) * 4096, 4096);
    await expect(startRelay({}, dir)).rejects.toThrow(damagedData(/damaged.*pnpm restore/));
  });

  it('refuses a file that is not a database', async () => {
    const dir = await cleanlyStopped();
    overwrite(sqliteFiles(dir).database, 0, 100);
    await expect(startRelay({}, dir)).rejects.toThrow(damagedData(/damaged or is not a Washup database/));
  });

  it('stops the relay process with exit code 65 and the message alone', async () => {
    const dir = await cleanlyStopped();
    truncateSync(sqliteFiles(dir).database, 0);
    const outcome = await runServerScript('main.ts', [], { DATA_DIR: dir, PORT: '0' });
    expect(outcome.code).toBe(exitCodes.damagedData);
    expect(outcome.output).toMatch(/^Washup cannot start: the database .* is empty \(0 bytes\)/);
    expect(outcome.output).not.toMatch(/\n\s+at /);
  });

  it('leaves neither log nor marker after a clean stop, and starts again with every edit', async () => {
    const dir = await cleanlyStopped();
    const files = sqliteFiles(dir);
    expect([existsSync(files.wal), existsSync(files.openMarker)]).toEqual([false, false]);
    const relay = await started({}, dir);
    expect((await relay.storage.loadDoc(docName)).updates).toHaveLength(edits);
    expect(readFileSync(files.openMarker, 'utf8')).toBe(`${process.pid}\n`);
  });
});

interface ErrorBody {
  error: { code: string; reason?: string; message: string };
}
interface Health {
  ok: boolean;
  storage: { ok: boolean; reason?: string; message?: string; since?: string };
}

/** The request limits would answer 429 long before the file fills; this test is about the disk. */
const unlimited = { RATE_LIMIT_REQUESTS_PER_MINUTE: 0, RATE_LIMIT_BOARDS_PER_HOUR: 0, RATE_LIMIT_JOINS_PER_MINUTE: 0 };

describe('a full disk', () => {
  it('answers 503 with the reason, never 500, says so on /healthz and /readyz, and recovers with the next write that fits', async () => {
    const relay = await started({ ...unlimited, SQLITE_MAX_BYTES: 24 * 4096 });
    const board = await createBoard(relay.url);
    const spare = await createBoard(relay.url, 'To delete when the disk is full');
    const statuses = new Set<number>();
    let refused: ErrorBody | null = null;
    for (let i = 0; i < 500 && !refused; i++) {
      const join = await api<JoinResponse | ErrorBody>(relay.url, 'POST', `/api/boards/${board.id}/join`, {
        token: board.invites.reviewer.token,
        body: { name: `Reviewer ${i} `.padEnd(60, 'x') },
      });
      statuses.add(join.status);
      if (join.status === 503) refused = join.body as ErrorBody;
    }
    expect(statuses).toEqual(new Set([201, 503]));
    expect(refused).toEqual({
      error: { code: 'storage_unavailable', reason: 'disk_full', message: expect.stringMatching(/disk .* is full; nothing was saved/) },
    });

    const creations = new Set<number>();
    for (let i = 0; i < 200 && !creations.has(503); i++) {
      const created = await api(relay.url, 'POST', '/api/boards', { body: { title: `${i} `.padEnd(200, 'x'), templateId: 'qa-review' } });
      creations.add(created.status);
    }
    expect(creations).toEqual(new Set([201, 503]));
    const health = await api<Health>(relay.url, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      ok: false,
      storage: { ok: false, reason: 'disk_full', message: expect.stringMatching(/full/), since: expect.any(String) },
    });
    const ready = await api<Health & { ready: boolean }>(relay.url, 'GET', '/readyz');
    expect([ready.status, ready.body.ready, ready.body.storage.reason]).toEqual([503, false, 'disk_full']);
    // What was saved can still be read.
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: board.invites.reviewer.token })).status).toBe(200);

    const deleted = await api(relay.url, 'DELETE', `/api/boards/${spare.id}`, { token: spare.invites.facilitator.token });
    expect(deleted.status).toBe(204);
    expect(await api(relay.url, 'GET', '/readyz')).toEqual({ status: 200, body: { ready: true, storage: { ok: true } } });
  });
});

describe('storage health', () => {
  it('recovers on its own once space is freed, through its probe write, without waiting for a request', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'washup-probe-'));
    dirs.push(dir);
    const { database } = sqliteFiles(dir);
    const storage = new SqliteStorage(database, { maxBytes: 40 * 4096 });
    try {
      let failure: unknown = null;
      for (let i = 0; i < 200 && !failure; i++) {
        await storage.appendUpdates([{ docName: 'filler', update: new Uint8Array(3000).fill(i) }]).catch((error: unknown) => (failure = error));
      }
      expect(failure).toBeInstanceOf(StorageUnavailable);

      // Someone frees space by other means than the relay (here a second connection, as an operator would).
      const operator = new Database(database);
      operator.prepare("DELETE FROM doc_updates WHERE doc_name = 'filler'").run();
      operator.close();
      expect(await storage.health()).toEqual({ ok: true });
    } finally {
      await storage.close();
    }
  });
});

describe('an unreachable PostgreSQL server', () => {
  it('answers 503 and fails readiness instead of a bare 500', async () => {
    const relay = await started({ DATABASE_URL: 'postgres://washup@127.0.0.1:1/washup', WASHUP_SECRET: 'Kq9vX2mR7tLw4pZs8nB3cYh6dF1gJ5kE0aUoIiNlQrTxVbMzWyCe' });
    const created = await api<ErrorBody>(relay.url, 'POST', '/api/boards', { body: { title: 'Review', templateId: 'qa-review' } });
    expect(created).toEqual({
      status: 503,
      body: { error: { code: 'storage_unavailable', reason: 'unreachable', message: expect.stringMatching(/database server cannot be reached/) } },
    });
    const ready = await api<Health>(relay.url, 'GET', '/readyz');
    expect([ready.status, ready.body.storage.reason]).toEqual([503, 'unreachable']);
  });
});
