import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardDoc } from '@washup/shared';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { createBoard, startRelay } from './support/relay';

let postgres: PostgresServer;
const secret = 'YdyMIRJ1e11Q_jt5p6BozOUskxTETe-FZ5v3QanGk8ZvurwHaLNuOGk8cTNVX2n_';
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

describe('the relay on PostgreSQL', () => {
  it('stores boards in the database and reloads them after a restart', async () => {
    let relay = await startRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret, COMPACT_AFTER_UPDATES: 10 });
    const board = await createBoard(relay.url, 'On Postgres', 'cst-trust-framework');
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await writer.synced;
    const list = writer.doc.getArray<number>('n');
    for (let i = 0; i < 25; i++) {
      list.push([i]);
      await writer.requestAck().acked;
    }
    writer.close();
    await relay.stop();

    relay = await startRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret });
    const reader = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.observer.token);
    await reader.synced;
    expect(reader.doc.getArray<number>('n').toArray()).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(new BoardDoc(reader.doc).count('headings')).toBe(7);
    expect(await relay.storage.countUpdates(board.id)).toBeLessThan(20);
    reader.close();
    await relay.stop();
  });
});
