import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCode } from '@washup/shared/sync';
import { connectProvider, waitFor, whenSynced } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
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
