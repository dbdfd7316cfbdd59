import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { docName } from '@washup/shared/board';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { startRedis, type RedisServer } from './support/redisServer';
import { createBoard, startRelay } from './support/relay';

let postgres: PostgresServer;
let redis: RedisServer;
beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

describe('the sync layer’s log', () => {
  it('is the relay’s own log: a peer relay’s bad update is a JSON line there, not a console message', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const relay = await startRelay({ LOG_LEVEL: 'warn', DATABASE_URL: postgres.url, REDIS_URL: redis.url, WASHUP_SECRET: randomBytes(48).toString('base64url') });
    const lines = relay.logLines;
    const publisher = new Redis(redis.url);
    try {
      const board = await createBoard(relay.url);
      const socket = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
      await socket.synced;

      // Another relay's id, the update kind, then bytes that are not a Yjs update.
      const name = docName({ boardId: board.id, kind: 'board' });
      await publisher.publish(`washup:doc:${name}`, Buffer.concat([randomBytes(16), Buffer.from([0]), Buffer.from([0xff, 0xff, 0xff, 0xff])]));
      await waitFor(() => lines.some((line) => line.includes('a peer relay sent a bad update')), 5000, 'the log line');

      const entry = JSON.parse(lines.find((line) => line.includes('a peer relay sent a bad update')) ?? '{}') as { level?: number; doc?: string; err?: { message?: string } };
      expect(entry.level).toBe(50);
      expect(entry.doc).toBe(name);
      expect(entry.err?.message).toEqual(expect.any(String));
      expect(consoleError).not.toHaveBeenCalled();
      socket.close();
    } finally {
      consoleError.mockRestore();
      publisher.disconnect();
      await relay.stop();
    }
  });
});
