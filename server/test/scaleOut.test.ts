import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { presentationEntry, RelayDoc, timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import { timerExpiresAt } from '@washup/shared/session';
import { closeCode } from '@washup/shared/sync';
import { Redis } from 'ioredis';
import { RedisPeerBus } from '../src/sync/redisPeerBus';
import { connectProvider, waitFor, whenSynced } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { seedThemes } from './support/boardContent';
import { api, createBoard, join, startRelay, type TestRelay } from './support/relay';
import { startRedis, type RedisServer } from './support/redisServer';

let postgres: PostgresServer;
let redis: RedisServer;
const relays: TestRelay[] = [];
beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  for (let i = 0; i < 2; i++) {
    relays.push(await startRelay({ DATABASE_URL: postgres.url, REDIS_URL: redis.url, WASHUP_SECRET: '1Ivba1PliKO1vWjg_DQzbyXRZXcToWw13XbARCEe7O9x8D4OV8LruO9d5FEc088q' }));
  }
}, 60_000);
afterAll(async () => {
  for (const relay of relays) await relay.stop();
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

describe('two relays on PostgreSQL and Redis', () => {
  it('syncs edits and presence between clients of different relays, and a late joiner gets everything', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'Scaled');
    const alice = connectProvider(first.wsUrl, board.id, board.invites.reviewer.token);
    const bob = connectProvider(second.wsUrl, board.id, board.invites.reviewer.token);
    await Promise.all([whenSynced(alice), whenSynced(bob)]);

    alice.doc.getArray<string>('log').push(['from relay 1']);
    bob.doc.getArray<string>('log').push(['from relay 2']);
    await waitFor(() => alice.doc.getArray('log').length === 2 && bob.doc.getArray('log').length === 2, 5000, 'cross-relay sync');
    expect(alice.doc.getArray('log').toArray()).toEqual(bob.doc.getArray('log').toArray());

    alice.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitFor(() => bob.awareness.getStates().has(alice.awareness.clientID), 5000, 'cross-relay presence');
    alice.destroy();
    await waitFor(() => !bob.awareness.getStates().has(alice.awareness.clientID), 5000, 'presence removal across relays');

    const late = connectProvider(second.wsUrl, board.id, board.invites.observer.token);
    await whenSynced(late);
    expect(late.doc.getArray('log').toArray().sort()).toEqual(['from relay 1', 'from relay 2']);
    bob.destroy();
    late.destroy();
  });

  it('closes sockets on every relay when a board is deleted or a person removed', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'To delete');
    const lead = await join(first.url, board, 'facilitator', 'Lead');
    const pat = await join(first.url, board, 'reviewer', 'Pat');
    const patSocket = new RawSyncClient(`${second.wsUrl}/${board.id}`, pat.token);
    const otherSocket = new RawSyncClient(`${second.wsUrl}/${board.id}`, board.invites.observer.token);
    await Promise.all([patSocket.synced, otherSocket.synced]);

    expect((await api(first.url, 'DELETE', `/api/boards/${board.id}/participants/${pat.participantId}`, { token: lead.token })).status).toBe(200);
    expect((await patSocket.closed).code).toBe(closeCode.participantRemoved);
    expect((await api(first.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);
    expect((await otherSocket.closed).code).toBe(closeCode.boardDeleted);
  });
});

describe('a vote timebox on two relays', () => {
  it('is closed at its end by exactly one relay: the one that ran the command; the other finds it closed', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'Timeboxed vote');
    const lead = await join(first.url, board, 'facilitator', 'Lead');
    const ana = await join(first.url, board, 'reviewer', 'Ana');
    const writer = new RawSyncClient(`${second.wsUrl}/${board.id}`, ana.token);
    await writer.synced;
    await seedThemes(writer, 2, ['strengths']);
    writer.close();
    const command = (relay: TestRelay, body: unknown) =>
      api<{ result: { roundId: string } | null }>(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: lead.token, body });
    const roundId = (await command(first, { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } })).body.result!.roundId;
    // Both relays hold the board's relay doc, each for its own client.
    const watchers = [first, second].map((relay) => new RawSyncClient(`${relay.wsUrl}/${board.id}/session`, ana.token));
    await Promise.all(watchers.map((watcher) => watcher.synced));
    const [onFirst, onSecond] = watchers.map((watcher) => new RelayDoc(watcher.doc)) as [RelayDoc, RelayDoc];
    const votesWrites: number[] = [];
    watchers[1]!.doc.getMap('session').observe((event) => {
      if (event.keysChanged.has(votesEntry.key)) votesWrites.push(Date.now());
    });

    expect((await command(first, { type: 'timebox.start', label: 'Vote closes', minutes: 0, seconds: 10, roundId })).status).toBe(200);
    await waitFor(() => onSecond.read(timeboxEntry)?.roundId === roundId, 5000, 'the timebox on the second relay');
    const endsAt = timerExpiresAt(onSecond.read(timeboxEntry)!.timer)!;
    const closed = () => onSecond.read(votesEntry)?.rounds.find((entry) => entry.round.id === roundId)?.round;
    await waitFor(() => closed()?.status === 'revealed', endsAt - Date.now() + 15_000, 'the close at the end of the timebox');
    expect(closed()?.closedBy?.kind).toBe('timebox');
    expect(onFirst.read(votesEntry)).toEqual(onSecond.read(votesEntry));
    // Past the moment the second relay looks (its grace after the end): it found the vote closed and wrote nothing.
    await waitFor(() => Date.now() > endsAt + 4_000, endsAt - Date.now() + 10_000, "the second relay's own look");
    expect(votesWrites).toHaveLength(1);
    expect(onSecond.read(presentationEntry)).toMatchObject({ view: 'vote', roundId, serial: 1 });
    for (const watcher of watchers) watcher.close();
  });
});

describe('a relay that misses an update', () => {
  it('reads it from the database as soon as a later update that builds on it arrives', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'A gap');
    const observer = new RawSyncClient(`${second.wsUrl}/${board.id}`, board.invites.observer.token);
    await observer.synced;
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    source.getArray<string>('log').push(['stored']);
    source.getArray<string>('log').push(['then built on']);
    const [missed, later] = updates as [Uint8Array, Uint8Array];
    // A third relay stores one update and publishes only the next, as when Redis lost a message
    // or a relay died between storing and publishing.
    const thirdRelay = new RedisPeerBus(redis.url, { error: () => undefined, warn: () => undefined });
    try {
      await waitFor(() => thirdRelay.health().ok, 5000, 'the third relay to reach Redis');
      await first.storage.appendUpdates([{ docName: board.id, update: missed }, { docName: board.id, update: later }]);
      thirdRelay.publish(board.id, 'update', later);
      await waitFor(() => observer.doc.getArray('log').length === 2, 5000, 'the missed update to be read back');
      expect(observer.doc.getArray('log').toArray()).toEqual(['stored', 'then built on']);
    } finally {
      observer.close();
      await thirdRelay.close();
    }
  });
});

describe('garbage on Redis', () => {
  it('is ignored by every relay, which go on syncing and obeying real control events', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'Garbage on the bus');
    const alice = connectProvider(first.wsUrl, board.id, board.invites.reviewer.token);
    const bob = connectProvider(second.wsUrl, board.id, board.invites.reviewer.token);
    await Promise.all([whenSynced(alice), whenSynced(bob)]);
    const sender = Buffer.alloc(16, 7);
    const raw = new Redis(redis.url);
    try {
      const deep = '['.repeat(5_000) + ']'.repeat(5_000);
      const controls = ['not json', '{"type":"boardDeleted"}', '{"type":"boardDeleted","boardId":42}', '{"v":99,"type":"boardDeleted","boardId":"x"}', deep, 'x'.repeat(100_000)];
      for (const body of controls) await raw.publish('washup:control', Buffer.concat([sender, Buffer.from([0]), Buffer.from(body)]));
      for (const kind of [0, 1, 2, 9]) {
        await raw.publish(`washup:doc:${board.id}`, Buffer.concat([sender, Buffer.from([kind]), Buffer.from([255, 255, 255, 1, 2, 3])]));
      }
      await raw.publish(`washup:doc:${board.id}`, Buffer.from([1, 2]));
    } finally {
      raw.disconnect();
    }
    alice.doc.getArray<string>('log').push(['after the garbage']);
    await waitFor(() => bob.doc.getArray('log').length === 1, 5000, 'sync after garbage');
    alice.destroy();
    bob.destroy();
  });
});

describe('deleting a board while another relay writes to it', () => {
  it('leaves no row behind, also of appends that land after the deletion', async () => {
    const [first, second] = relays as [TestRelay, TestRelay];
    const board = await createBoard(first.url, 'Deleted under writes');
    const lead = await join(first.url, board, 'facilitator', 'Lead');
    const writer = new RawSyncClient(`${second.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await writer.synced;
    const list = writer.doc.getArray<number>('n');
    let written = 0;
    const writing = setInterval(() => list.push([written++]), 2);
    await waitFor(() => written > 20, 5000, 'writes on the second relay');
    expect((await api(first.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);
    expect((await writer.closed).code).toBe(closeCode.boardDeleted);
    clearInterval(writing);
    await second.rooms.commits.drained();
    expect(await first.storage.countUpdates(board.id)).toBe(0);
    expect((await first.storage.loadDoc(board.id)).snapshot).toBeNull();

    // An append that reaches the database after the deletion, as a slow relay's would, stores nothing.
    const late = new Y.Doc();
    late.getArray<number>('n').push([1]);
    await second.storage.appendUpdates([{ docName: board.id, update: Y.encodeStateAsUpdate(late) }]);
    expect(await first.storage.countUpdates(board.id)).toBe(0);
  });
});

describe('a relay while Redis is down', () => {
  it('says so on /healthz and /readyz, refuses at once what other relays must hear of, and goes on creating and serving boards', async () => {
    const ownRedis = await startRedis();
    const port = Number(new URL(ownRedis.url).port);
    const relay = await startRelay({ DATABASE_URL: postgres.url, REDIS_URL: ownRedis.url, WASHUP_SECRET: '1Ivba1PliKO1vWjg_DQzbyXRZXcToWw13XbARCEe7O9x8D4OV8LruO9d5FEc088q' });
    let restarted: RedisServer | null = null;
    try {
      await waitForAnswer(`${relay.url}/readyz`, 200);
      const board = await createBoard(relay.url, 'Through a Redis outage');
      const lead = await join(relay.url, board, 'facilitator', 'Lead');
      const pat = await join(relay.url, board, 'reviewer', 'Pat');
      await ownRedis.stop();

      const ready = await waitForAnswer(`${relay.url}/readyz`, 503);
      expect(ready).toMatchObject({ ready: false, storage: { ok: true }, redis: { ok: false } });
      const health = await api<{ ok: boolean; redis: { ok: boolean; message: string } }>(relay.url, 'GET', '/healthz');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ ok: false, redis: { ok: false, message: expect.stringContaining('Redis cannot be reached') } });

      const removal = await api<{ error: { code: string } }>(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${pat.participantId}`, { token: lead.token });
      expect(removal).toMatchObject({ status: 503, body: { error: { code: 'relays_unreachable' } } });
      const deletion = await api<{ error: { code: string } }>(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token });
      expect(deletion).toMatchObject({ status: 503, body: { error: { code: 'relays_unreachable' } } });

      const created = await createBoard(relay.url, 'Created while Redis is down');
      const writer = new RawSyncClient(`${relay.wsUrl}/${created.id}`, created.invites.reviewer.token);
      await writer.synced;
      writer.doc.getArray<string>('log').push(['saved while Redis is down']);
      await writer.requestAck().acked;
      writer.close();

      restarted = await startRedis(port);
      await waitForAnswer(`${relay.url}/readyz`, 200);
      expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);
    } finally {
      await relay.stop();
      await (restarted ?? ownRedis).stop().catch(() => undefined);
    }
  });
});

/** Polls a health route until it answers `status`; resolves with its body. */
async function waitForAnswer(url: string, status: number): Promise<unknown> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(url);
    if (response.status === status) return response.json();
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
