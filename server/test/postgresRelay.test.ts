import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '@washup/shared/board';
import { addSavedCard } from './support/boardContent';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { api, createBoard, startRelay } from './support/relay';
import { within } from '../../tests/fault/support/within';

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

  it('outlives a PostgreSQL restart: reports it, answers 503 while it is down, and carries on when it is back', async () => {
    const relay = await startRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret });
    const board = await createBoard(relay.url, 'Through a restart');
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await writer.synced;
    await addSavedCard(writer, 'Written before the restart');
    writer.close();
    await writer.closed;

    // The server drops the pool's idle connections; before, that 'error' event ended the relay.
    await postgres.restart(async () => {
      const created = await api<{ error: { code: string; message: string } }>(relay.url, 'POST', '/api/boards', {
        body: { title: 'While the database is down', templateId: 'qa-review' },
      });
      expect(created.status).toBe(503);
      expect(created.body.error.code).toBe('storage_unavailable');
      const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { ok: boolean; storage: { reason: string } };
      expect(health).toMatchObject({ ok: false, storage: { reason: 'unreachable' } });
      expect((await fetch(`${relay.url}/readyz`)).status).toBe(503);
    });

    const after = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await after.synced;
    await addSavedCard(after, 'Written after the restart');
    expect(new BoardDoc(after.doc).list('cards').map((card) => card.observation).sort()).toEqual(['Written after the restart', 'Written before the restart']);
    after.close();
    await relay.stop();
  });
  it('after a failed write, acknowledges a returning client whose edits are already stored, without waiting for a new write', async () => {
    const relay = await startRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret });
    const board = await createBoard(relay.url, 'Acknowledged after an outage');
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await writer.synced;
    await addSavedCard(writer, 'Stored before the outage');
    const stored = Y.encodeStateAsUpdate(writer.doc);
    await postgres.restart(async () => {
      // This write fails: its room closes, the writer keeps it.
      writer.doc.getArray<string>('log').push(['written while the database is down']);
      await writer.closed;
    });

    // A device that holds only what is stored asks for its acknowledgement: nothing of it is new.
    const returning = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    Y.applyUpdate(returning.doc, stored);
    await returning.synced;
    await within(returning.requestAck().acked, 5_000, 'the acknowledgement of edits already stored');
    returning.close();
    await relay.stop();
  });
});
