import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse, RetentionResponse } from '@washup/shared/api';
import { addCard, boardDocOf } from '@washup/shared/board';
import { closeCode } from '@washup/shared/sync';
import { cardInput } from '../../shared/test/board/support/boards';
import { ConfigError, loadConfig } from '../src/config';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();
const dayMs = 86_400_000;
const retentionRoute = (boardId: string) => `/api/boards/${boardId}/retention`;

function connect(url: string, person: JoinResponse): RawSyncClient {
  return new RawSyncClient(url, person.token, { protocols: [person.token] });
}

function team(relay: TestRelay) {
  return boardWithTeam(relay, { lead: ['facilitator', 'Lead'], rae: ['reviewer', 'Rae'], host: ['host', 'Hana'] });
}

/** Waits, a bounded while, until the relay answers the board's summary with 404: it no longer has the board. */
async function boardGone(relay: TestRelay, boardId: string, token: string, withinMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await api(relay.url, 'GET', `/api/boards/${boardId}`, { token })).status === 404) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`board ${boardId} was still there after ${withinMs} ms`);
}

/**
 * Every row the SQLite file holds for a board, by table: each table with a `board_id`, the board's
 * row, and its docs (`<id>` and `<id>/…`: the board doc, relay doc and private docs). Tables are
 * found in the file itself, so a table added later is counted too.
 */
function rowsOfBoard(dataDir: string, boardId: string): Record<string, number> {
  const db = new Database(sqliteFiles(dataDir).database, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const rows: Record<string, number> = {};
    for (const { name } of tables) {
      const columns = new Set((db.pragma(`table_info(${name})`) as Array<{ name: string }>).map((column) => column.name));
      const where = columns.has('board_id')
        ? 'board_id = @id'
        : columns.has('doc_name')
          ? "doc_name = @id OR doc_name LIKE @id || '/%'"
          : name === 'boards'
            ? 'id = @id'
            : null;
      if (where) rows[name] = db.prepare<{ id: string }, { n: number }>(`SELECT COUNT(*) AS n FROM ${name} WHERE ${where}`).get({ id: boardId })!.n;
    }
    return rows;
  } finally {
    db.close();
  }
}

/** A board with something in every table: cards (compacted into a snapshot), a restore point, a private doc, a ballot, a replaced invite. */
async function boardWithEverything(relay: TestRelay) {
  const people = await team(relay);
  const { board, rae, lead } = people;
  const boardSocket = connect(`${relay.wsUrl}/${board.id}`, rae);
  await boardSocket.synced;
  for (let i = 0; i < 6; i++) {
    addCard(boardDocOf(boardSocket.doc), cardInput({ observation: `Evidence ${i}`, authorId: rae.participantId }));
    await boardSocket.requestAck().acked;
  }
  const privateSocket = connect(`${relay.wsUrl}/${board.id}/private/${rae.participantId}`, rae);
  await privateSocket.synced;
  addCard(boardDocOf(privateSocket.doc), cardInput({ observation: 'Take home: how they model reasoning', privateLearning: true, authorId: rae.participantId }));
  await privateSocket.requestAck().acked;
  await relay.storage.putBallot({ boardId: board.id, roundId: 'round-1', voterId: rae.participantId, ballot: { dots: [] }, castAt: Date.now() });
  const stray = await boardWithTeam(relay, {});
  expect(stray.board.id).not.toBe(board.id);
  const removed = await api(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${people.host.participantId}`, { token: lead.token });
  expect(removed.status).toBe(200);
  const rows = rowsOfBoard(relay.dataDir, board.id);
  for (const table of ['boards', 'participants', 'invite_versions', 'ballots', 'restore_points', 'doc_updates', 'doc_snapshots']) {
    expect(rows[table], `a row in ${table}`).toBeGreaterThan(0);
  }
  return { ...people, boardSocket, privateSocket, keep: stray.board };
}

describe('board retention', () => {
  it('shows everyone the retention the Lead Reviewer sets, and stores it with the board', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, host } = await team(relay);
    const unset = await api<RetentionResponse>(relay.url, 'GET', retentionRoute(board.id), { token: host.token });
    expect(unset).toMatchObject({ status: 200, body: { retention: null, purgeAt: null } });

    const watcher = connect(`${relay.wsUrl}/${board.id}`, host);
    await watcher.synced;
    const before = Date.now();
    const set = await api<RetentionResponse>(relay.url, 'PUT', retentionRoute(board.id), {
      token: lead.token,
      body: { retention: { kind: 'afterActivity', days: 90 } },
    });
    expect(set.status).toBe(200);
    expect(set.body.retention).toEqual({ kind: 'afterActivity', days: 90 });
    // Setting it is a change: the 90 days run from now.
    expect(set.body.lastActivityAt).toBeGreaterThanOrEqual(before);
    expect(set.body.purgeAt).toBe(set.body.lastActivityAt + 90 * dayMs);
    // Every device has it in the board's settings at once.
    await expect.poll(() => boardDocOf(watcher.doc).meta?.retention, { timeout: 5000 }).toEqual({ kind: 'afterActivity', days: 90 });
    const seen = await api<RetentionResponse>(relay.url, 'GET', retentionRoute(board.id), { token: rae.token });
    expect(seen.body).toEqual(set.body);

    const onDate = Date.UTC(2031, 6, 31);
    const dated = await api<RetentionResponse>(relay.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: { kind: 'onDate', purgeAt: onDate } } });
    expect(dated.body).toMatchObject({ retention: { kind: 'onDate', purgeAt: onDate }, purgeAt: onDate });
    await expect.poll(() => boardDocOf(watcher.doc).meta?.retention, { timeout: 5000 }).toEqual({ kind: 'onDate', purgeAt: onDate });

    // It outlives a restart of the relay, and clearing it keeps the board until someone deletes it.
    await relay.stop({ keepData: true });
    const again = await startTestRelay({}, relay.dataDir);
    expect((await api<RetentionResponse>(again.url, 'GET', retentionRoute(board.id), { token: rae.token })).body.purgeAt).toBe(onDate);
    const cleared = await api<RetentionResponse>(again.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: null } });
    expect(cleared.body).toMatchObject({ retention: null, purgeAt: null });
    watcher.close();
  });

  it('deletes a board whose date has passed at once, every row of it, and tells its devices as a deletion does', async () => {
    const relay = await startTestRelay({ COMPACT_AFTER_UPDATES: 3 });
    const { board, lead, boardSocket, privateSocket, keep } = await boardWithEverything(relay);

    const past = Date.now() - dayMs;
    const set = await api<RetentionResponse>(relay.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: { kind: 'onDate', purgeAt: past } } });
    expect(set.status).toBe(200);
    expect(set.body.purgeAt).toBe(past);

    expect(await boardSocket.closed).toEqual({ code: closeCode.boardDeleted, reason: 'this board was deleted' });
    expect((await privateSocket.closed).code).toBe(closeCode.boardDeleted);
    await boardGone(relay, board.id, lead.token, 5000);
    const gone = await api<ApiError>(relay.url, 'GET', retentionRoute(board.id), { token: lead.token });
    expect(gone).toMatchObject({ status: 404, body: { error: { code: 'board_not_found' } } });
    const rows = rowsOfBoard(relay.dataDir, board.id);
    expect(Object.values(rows).every((count) => count === 0), JSON.stringify(rows)).toBe(true);
    // Another board is untouched.
    expect(rowsOfBoard(relay.dataDir, keep.id).boards).toBe(1);
  });

  it('deletes boards on its timer once their date passes', async () => {
    const relay = await startTestRelay({ RETENTION_CHECK_MS: 1000 });
    const { board, lead, rae } = await team(relay);
    const socket = connect(`${relay.wsUrl}/${board.id}`, rae);
    await socket.synced;
    const soon = Date.now() + 300;
    await api(relay.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: { kind: 'onDate', purgeAt: soon } } });
    // Not yet due when set, so nothing happens at once.
    expect((await api(relay.url, 'GET', retentionRoute(board.id), { token: rae.token })).status).toBe(200);
    expect((await socket.closed).code).toBe(closeCode.boardDeleted);
    expect(Date.now()).toBeGreaterThanOrEqual(soon);
    await boardGone(relay, board.id, lead.token, 3000);
  });

  it('deletes, as it starts, boards that ran out while it was stopped', async () => {
    const relay = await startTestRelay();
    const { board, lead } = await team(relay);
    const soon = Date.now() + 200;
    await api(relay.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: { kind: 'onDate', purgeAt: soon } } });
    await relay.stop({ keepData: true });
    while (Date.now() <= soon) await new Promise((resolve) => setTimeout(resolve, soon + 1 - Date.now()));
    // The default check runs every ten minutes: only the sweep at start can delete it this soon.
    const restarted = await startTestRelay({}, relay.dataDir);
    await boardGone(restarted, board.id, lead.token, 3000);
    expect(rowsOfBoard(restarted.dataDir, board.id).boards).toBe(0);
  });

  it('counts the days from the last change to any of the board’s docs', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await team(relay);
    await api(relay.url, 'PUT', retentionRoute(board.id), { token: lead.token, body: { retention: { kind: 'afterActivity', days: 30 } } });
    const setAt = (await relay.storage.retentionOf(board.id))!.lastActivityAt;
    expect(await relay.storage.boardsDueForPurge(setAt + 30 * dayMs - 1, 10)).not.toContain(board.id);
    expect(await relay.storage.boardsDueForPurge(setAt + 30 * dayMs, 10)).toContain(board.id);

    // As if the last change were 40 days ago; then Rae writes a card, which starts the 30 days again.
    const db = new Database(sqliteFiles(relay.dataDir).database);
    db.prepare('UPDATE boards SET last_activity_at = last_activity_at - ? WHERE id = ?').run(40 * dayMs, board.id);
    db.close();
    expect(await relay.storage.boardsDueForPurge(Date.now(), 10)).toContain(board.id);
    const socket = connect(`${relay.wsUrl}/${board.id}`, rae);
    await socket.synced;
    const writtenFrom = Date.now();
    addCard(boardDocOf(socket.doc), cardInput({ authorId: rae.participantId }));
    await socket.requestAck().acked;
    const after = await api<RetentionResponse>(relay.url, 'GET', retentionRoute(board.id), { token: rae.token });
    expect(after.body.lastActivityAt).toBeGreaterThanOrEqual(writtenFrom);
    expect(after.body.purgeAt).toBe(after.body.lastActivityAt + 30 * dayMs);
    expect(await relay.storage.boardsDueForPurge(Date.now(), 10)).not.toContain(board.id);
    socket.close();
  });

  it('answers garbage, oversized, nested and wrong-role requests with a 4xx, and changes nothing', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, host } = await team(relay);
    const put = (token: string | undefined, body: unknown) => api<ApiError>(relay.url, 'PUT', retentionRoute(board.id), { token, body });
    const putRaw = (text: string) =>
      fetch(`${relay.url}${retentionRoute(board.id)}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
        body: text,
      });
    const refusals: Array<[unknown, number]> = [
      ['30 days', 400],
      [[], 400],
      [{}, 400],
      [{ retention: 'forever' }, 400],
      [{ retention: { kind: 'afterActivity', days: 0 } }, 400],
      [{ retention: { kind: 'afterActivity', days: 2.5 } }, 400],
      [{ retention: { kind: 'afterActivity', days: 1e12 } }, 400],
      [{ retention: { kind: 'afterActivity', days: '30' } }, 400],
      [{ retention: { kind: 'onDate', purgeAt: -1 } }, 400],
      [{ retention: { kind: 'onDate', purgeAt: 8.64e15 } }, 400],
      [{ retention: { kind: 'onDate', purgeAt: Date.now(), days: 30 } }, 400],
      [{ retention: { kind: 'never' } }, 400],
      [{ retention: null, extra: true }, 400],
      [{ retention: { kind: 'afterActivity', days: 30, note: 'x'.repeat(2 * 1024 * 1024) } }, 413],
    ];
    for (const [body, status] of refusals) {
      const answer = await put(lead.token, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(answer.body.error.message.length).toBeGreaterThan(0);
    }
    const depth = 5000;
    const nestedObjects = `${'{"retention":'.repeat(depth)}{"kind":"afterActivity","days":30}${'}'.repeat(depth)}`;
    const nestedArrays = `{"retention":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    for (const text of [nestedObjects, nestedArrays, '{"retention": {"kind": "afterActivity", "days": 30', 'null', '\u0000']) {
      const answer = await putRaw(text);
      expect(answer.status, text.slice(0, 40)).toBe(400);
      expect(((await answer.json()) as ApiError).error.message.length).toBeGreaterThan(0);
    }

    const valid = { retention: { kind: 'onDate', purgeAt: Date.now() - dayMs } };
    for (const token of [rae.token, host.token, board.invites.observer.token, board.invites.reviewer.token]) {
      expect((await put(token, valid)).status).toBe(403);
    }
    expect((await put(undefined, valid)).status).toBe(401);
    expect((await put('not-a-token', valid)).status).toBe(401);
    expect((await api(relay.url, 'PUT', retentionRoute('no-such-board'), { token: lead.token, body: valid })).status).toBe(404);

    // Nothing was set, and the relay still serves the board.
    const now = await api<RetentionResponse>(relay.url, 'GET', retentionRoute(board.id), { token: host.token });
    expect(now).toMatchObject({ status: 200, body: { retention: null, purgeAt: null } });
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });

  it('refuses a purge check interval under a second', () => {
    expect(() => loadConfig({ RETENTION_CHECK_MS: '10' })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_CHECK_MS: '10' })).toThrow(/RETENTION_CHECK_MS must be at least 1000/);
    expect(loadConfig({}).RETENTION_CHECK_MS).toBe(600_000);
    expect(path.isAbsolute(loadConfig({ RETENTION_CHECK_MS: '1000' }).DATA_DIR)).toBe(true);
  });
});
