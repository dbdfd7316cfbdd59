import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '@washup/shared/board';
import type { CreateBoardResponse } from '@washup/shared/api';
import { closeCode } from '@washup/shared/sync';
import type { StoredDoc } from '../src/storage/storage';
import { connectProvider, waitFor, whenSynced } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, type TestRelay, relayPerTest, storedAfterUnload, storedDoc } from './support/relay';

const startTestRelay = relayPerTest();
let relay: TestRelay;

/** A new board with five edits written and acknowledged one by one: five rows after its snapshot. */
async function boardWithFiveStoredRows() {
  const board = await createBoard(relay.url);
  const writer = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.reviewer.token);
  await writer.synced;
  const text = writer.doc.getText('t');
  for (let i = 0; i < 5; i++) {
    text.insert(text.length, `${i},`);
    await writer.requestAck().acked;
  }
  expect((await relay.storage.loadDoc(board.id)).updates.length).toBeGreaterThanOrEqual(5);
  return { board, writer };
}

/** The board is stored as one V1 snapshot with no rows after it, and a client loads all of it from that. */
async function expectSnapshotAlone(stored: StoredDoc, board: CreateBoardResponse): Promise<void> {
  expect(stored.updates).toEqual([]);
  expect(stored.snapshot?.format).toBe(1);
  const reader = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.observer.token);
  await reader.synced;
  expect(reader.doc.getText('t').toString()).toBe('0,1,2,3,4,');
  expect(new BoardDoc(reader.doc).count('headings')).toBe(4);
  reader.close();
}

describe('sync through the relay', () => {
  it('converges two stock y-websocket clients and gives a late joiner the full state', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const alice = await join(relay.url, board, 'reviewer', 'Alice');
    const bob = await join(relay.url, board, 'facilitator', 'Bob');
    const first = connectProvider(relay.wsUrl, board.id, alice.token);
    const second = connectProvider(relay.wsUrl, board.id, bob.token);
    await Promise.all([whenSynced(first), whenSynced(second)]);

    expect(new BoardDoc(first.doc).meta?.title).toBe('Test review');
    expect(new BoardDoc(first.doc).count('headings')).toBe(4);

    first.doc.getText('notes').insert(0, 'from alice ');
    second.doc.getText('notes').insert(0, 'from bob ');
    await waitFor(
      () => first.doc.getText('notes').toString() === second.doc.getText('notes').toString() &&
        first.doc.getText('notes').length === 'from alice from bob '.length,
      5000,
      'convergence',
    );

    const late = connectProvider(relay.wsUrl, board.id, board.invites.observer.token);
    await whenSynced(late);
    expect(late.doc.getText('notes').toString()).toBe(first.doc.getText('notes').toString());
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(first.doc));
    for (const provider of [first, second, late]) provider.destroy();
  });

  it('loses nothing across a restart of the relay', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const writer = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.reviewer.token);
    await writer.opened;
    await writer.synced;
    const list = writer.doc.getArray<number>('numbers');
    for (let i = 0; i < 50; i++) list.push([i]);
    await writer.requestAck().acked;
    writer.close();
    const dataDir = relay.dataDir;
    await relay.stop({ keepData: true });

    relay = await startTestRelay({}, dataDir);
    const reader = connectProvider(relay.wsUrl, board.id, board.invites.observer.token);
    await whenSynced(reader);
    expect(reader.doc.getArray<number>('numbers').toArray()).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(new BoardDoc(reader.doc).count('headings')).toBe(4);
    reader.destroy();
  });

  it('compacts the update log into a snapshot and reloads identically', async () => {
    relay = await startTestRelay({ COMPACT_AFTER_UPDATES: 20 });
    const board = await createBoard(relay.url);
    const writer = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.reviewer.token);
    await writer.synced;
    const text = writer.doc.getText('t');
    for (let i = 0; i < 95; i++) {
      text.insert(text.length, `${i},`);
      if (i % 10 === 0) await writer.requestAck().acked;
    }
    await writer.requestAck().acked;
    await waitFor(() => true);
    const rowsLeft = await relay.storage.countUpdates(board.id);
    expect(rowsLeft).toBeLessThan(20);
    writer.close();
    const dataDir = relay.dataDir;
    await relay.stop({ keepData: true });
    relay = await startTestRelay({}, dataDir);
    const reader = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.observer.token);
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe(text.toString());
    reader.close();
  });

  it('stores a doc as one V1 snapshot when its room unloads, which the next load reads alone', async () => {
    relay = await startTestRelay();
    const { board, writer } = await boardWithFiveStoredRows();
    writer.close();
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
    // The compaction is stored after the room has gone.
    await expectSnapshotAlone(await storedAfterUnload(relay, board.id), board);
  });

  it('stores each open board as one V1 snapshot when the relay stops, which the restarted relay reads alone', async () => {
    // Rooms stay loaded until the stop: this is the compaction at shutdown, not at unload.
    relay = await startTestRelay({ ROOM_IDLE_MS: 600_000 });
    const { board, writer } = await boardWithFiveStoredRows();
    const dataDir = relay.dataDir;
    await relay.stop({ keepData: true });
    expect((await writer.closed).code).toBe(closeCode.serverRestart);
    relay = await startTestRelay({}, dataDir);
    await expectSnapshotAlone(await relay.storage.loadDoc(board.id), board);
  });

  it('relays presence and removes it when the socket closes', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const first = connectProvider(relay.wsUrl, board.id, board.invites.reviewer.token);
    const second = connectProvider(relay.wsUrl, board.id, board.invites.host.token);
    await Promise.all([whenSynced(first), whenSynced(second)]);
    first.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitFor(() => second.awareness.getStates().get(first.awareness.clientID) !== undefined, 5000, 'presence');
    first.destroy();
    await waitFor(() => !second.awareness.getStates().has(first.awareness.clientID), 5000, 'presence removal');
    second.destroy();
  });

  it('acknowledges a write only after it is stored', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const writer = new RawSyncClient(relay.wsUrl + '/' + board.id, board.invites.reviewer.token);
    await writer.synced;
    expect((await storedDoc(relay, board.id)).getMap('m').has('k')).toBe(false);
    writer.doc.getMap('m').set('k', 'v');
    await writer.requestAck().acked;
    expect((await storedDoc(relay, board.id)).getMap('m').get('k')).toBe('v');
    writer.close();
  });
});
