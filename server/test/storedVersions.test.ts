import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, boardDocOf, collectionNames } from '@washup/shared/board';
import { councilEntry, pstbEntry, RelayDoc, votesEntry } from '@washup/shared/relayDoc';
import yesterday from '../../shared/test/fixtures/yesterdaysBoard.json';
import { cardInput } from '../../shared/test/board/support/boards';
import type { Relay } from '../src/app';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

/** A doc as yesterday's code (df61080) stored it: see shared/test/fixtures/generateYesterdaysBoard.mjs. */
function yesterdays(which: 'boardDoc' | 'relayDoc'): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(yesterday[which], 'base64'));
  return doc;
}

/** Puts yesterday's relay doc into the board's relay doc, as if the relay had stored it before today's code was deployed. */
async function storeYesterdaysRelayDoc(relay: Pick<Relay, 'rooms'>, boardId: string, update = Y.encodeStateAsUpdate(yesterdays('relayDoc'))) {
  await relay.rooms.withRoom({ boardId, kind: 'relay' }, (room) => {
    room.change((doc) => Y.applyUpdate(doc, update));
    return room.whenDurable();
  });
}

async function watchRelayDoc(relay: TestRelay, boardId: string, token: string): Promise<RawSyncClient> {
  const client = new RawSyncClient(`${relay.wsUrl}/${boardId}/session`, token);
  await client.synced;
  return client;
}

describe("the relay with yesterday's stored data", () => {
  it('accepts the records a client of yesterday writes, without versions, beside those of a client of today', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const reviewer = await join(relay.url, board, 'reviewer', 'Rae');
    const old = yesterdays('boardDoc');
    // Yesterday's theme carries the Lead Reviewer's `hostAgreement`: the relay stored it before today's code was
    // deployed, so a client of yesterday may write it again (a write never gives a theme one it did not have).
    await relay.rooms.withRoom({ boardId: board.id, kind: 'board' }, (room) => {
      room.change((doc) => doc.getArray('themes').push(old.getArray('themes').toArray()));
      return room.whenDurable();
    });
    const oldClient = new RawSyncClient(`${relay.wsUrl}/${board.id}`, reviewer.token);
    const newClient = new RawSyncClient(`${relay.wsUrl}/${board.id}`, reviewer.token);
    await Promise.all([oldClient.synced, newClient.synced]);

    // Each entry exactly as yesterday's code stored it (no `v`), written as that client would write it.
    oldClient.doc.transact(() => {
      for (const name of collectionNames) oldClient.doc.getArray(name).push(old.getArray(name).toArray());
    });
    addCard(boardDocOf(newClient.doc), cardInput({ observation: 'Written today' }));
    await Promise.all([oldClient.requestAck().acked, newClient.requestAck().acked]);

    const live = await relay.rooms.withRoom({ boardId: board.id, kind: 'board' }, (room) => {
      const doc = boardDocOf(room.doc);
      return { unreadable: doc.unreadable(), cards: doc.count('cards'), themes: doc.count('themes') };
    });
    expect(live).toEqual({ unreadable: [], cards: 6, themes: 1 });
  });

  it("tells a client of yesterday to reload when it gives a theme the board never stored a hostAgreement, and stores none of it", async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const reviewer = await join(relay.url, board, 'reviewer', 'Rae');
    const oldClient = new RawSyncClient(`${relay.wsUrl}/${board.id}`, reviewer.token);
    await oldClient.synced;
    const old = yesterdays('boardDoc');
    oldClient.doc.transact(() => {
      for (const name of collectionNames) oldClient.doc.getArray(name).push(old.getArray(name).toArray());
    });
    const closed = await oldClient.closed;
    expect(closed.reason).toBe('refused: only the host agrees a theme, not a write to it (a device on an older Washup: reload it to update)');
    const live = await relay.rooms.withRoom({ boardId: board.id, kind: 'board' }, (room) => ({ cards: boardDocOf(room.doc).count('cards'), themes: boardDocOf(room.doc).count('themes') }));
    expect(live).toEqual({ cards: 0, themes: 0 });
  });

  it('reads an old PSTB session in its rules and writes it back at version 2 with the owner as presenter', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const lead = await join(relay.url, board, 'facilitator', 'Lead');
    await storeYesterdaysRelayDoc(relay, board.id);
    const command = (body: Record<string, unknown>) => api<{ result?: { phase: string } }>(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: lead.token, body });

    // Read as absent, the running session would be replaced without being asked to.
    const start = await command({ type: 'pstb.start', config: { presenter: { id: 'host', name: 'Hana' } } });
    expect(start.status).toBe(409);
    // Its clock ran out long ago: the relay's catch-up moves it on and writes it back.
    const tick = await command({ type: 'pstb.tick' });
    expect(tick.status).toBe(200);
    expect(tick.body.result?.phase).not.toBe('problem');

    const watcher = await watchRelayDoc(relay, board.id, lead.token);
    const stored = watcher.doc.getMap('session').get('pstb') as Record<string, unknown>;
    expect(stored).toMatchObject({ v: 2, phase: tick.body.result?.phase, problem: 'How do I make phonics consistent across classes?', presenter: { id: 'host', name: 'Hana (head)' } });
    expect(stored).not.toHaveProperty('owner');
    expect(new RelayDoc(watcher.doc).read(pstbEntry)?.presenter.name).toBe('Hana (head)');
    expect(new RelayDoc(watcher.doc).read(councilEntry)?.phase).toBe('presenterThinking');
    expect(new RelayDoc(watcher.doc).read(votesEntry)?.rounds[0]?.round.status).toBe('revealed');
    const report = await fetch(`${relay.url}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(report.status).toBe(200);
  });
});

describe('the relay with a relay doc value it cannot read', () => {
  it('logs it, takes it as absent and keeps serving the board', async () => {
    const relay = await startTestRelay({ LOG_LEVEL: 'warn' });
    const base = relay.url;
    const lines = relay.logLines;
    const board = await createBoard(base);
    const lead = await join(base, board, 'facilitator', 'Lead');
    const future = new Y.Doc();
    future.getMap('session').set('votes', { v: 7, rounds: 'kept somewhere else now' });
    future.getMap('session').set('council', { process: 'council', phase: 'nowhere' });
    await storeYesterdaysRelayDoc(relay, board.id, Y.encodeStateAsUpdate(future));

    const report = await fetch(`${base}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(report.status).toBe(200);
    const log = lines.map((line) => JSON.parse(line) as { msg: string; key?: string; problem?: string; boardId?: string });
    const unreadable = log.filter((line) => line.msg === 'a relay doc value could not be read and is taken as absent');
    expect(unreadable.map(({ key, boardId }) => ({ key, boardId }))).toEqual([
      { key: 'votes', boardId: board.id },
      { key: 'council', boardId: board.id },
    ]);
    expect(unreadable[0]?.problem).toBe('was written at version 7 by a newer Washup (this one reads up to version 1)');

    // A command never replaces what it could not read: the newer relay's rounds stay as they were.
    const open = await fetch(`${base}/api/boards/${board.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } }),
    });
    expect(open.status).toBe(409);
    expect(((await open.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'relay_doc_unreadable',
      message: expect.stringContaining("cannot read the board's saved vote rounds"),
    });
    const stored = await relay.rooms.withRoom({ boardId: board.id, kind: 'relay' }, (room) => room.doc.getMap('session').get('votes'));
    expect(stored).toEqual({ v: 7, rounds: 'kept somewhere else now' });
  });
});
