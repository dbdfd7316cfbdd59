import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeCode, encodeTimeRequest, messageType } from '@washup/shared/sync';
import { addSavedCard } from './support/boardContent';
import { connectProvider, waitFor, whenSynced } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { createBoard, relayPerTest, storedStateVector } from './support/relay';

const startTestRelay = relayPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Washup's own frames", () => {
  it('are never sent to a stock y-websocket client, which syncs without a word in its log', async () => {
    const relay = await startTestRelay({ AWARENESS_THROTTLE_MS: 5 });
    const board = await createBoard(relay.url);
    const logged = vi.spyOn(console, 'error');
    const providers = [
      connectProvider(relay.wsUrl, board.id, board.invites.reviewer.token),
      connectProvider(relay.wsUrl, `${board.id}/session`, board.invites.reviewer.token),
      connectProvider(relay.wsUrl, board.id, board.invites.observer.token),
    ];
    await Promise.all(providers.map((provider) => whenSynced(provider)));
    // Traffic of every kind around them: a Washup client's acked write, presence.
    const washup = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await washup.synced;
    await addSavedCard(washup, 'seen by everyone');
    providers[0]?.awareness.setLocalStateField('user', { location: 'room' });
    const reader = providers[2];
    if (!reader) throw new Error('no reader');
    await waitFor(() => reader.doc.getArray('cards').length > 0, 5000, 'the write');
    await waitFor(() => reader.awareness.getStates().size > 1, 5000, 'the presence');

    expect(logged.mock.calls.flat().filter((argument) => String(argument).includes('Unable to compute message'))).toEqual([]);
    // The observer's stock provider answered the handshake with nothing new: it is still connected.
    expect(reader.wsconnected).toBe(true);
    for (const provider of providers) provider.destroy();
    washup.close();
  });

  it('answer a client that asks: the server time after a time request', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.observer.token);
    const types: number[] = [];
    client.socket.on('message', (data: Buffer) => types.push(decoding.readVarUint(decoding.createDecoder(new Uint8Array(data)))));
    await client.synced;
    expect(types).not.toContain(messageType.serverTime);
    client.send(encodeTimeRequest());
    await waitFor(() => types.includes(messageType.serverTime), 5000, 'the server time');
    client.close();
  });
});

describe('a write from a read-only link', () => {
  for (const [role, path] of [
    ['observer', ''],
    ['host', ''],
    ['reviewer', '/session'],
  ] as const) {
    it(`is refused out loud from a ${role} on the ${path ? 'session' : 'board'} doc, never acknowledged or stored`, async () => {
      const relay = await startTestRelay();
      const board = await createBoard(relay.url);
      const client = new RawSyncClient(`${relay.wsUrl}/${board.id}${path}`, board.invites[role].token);
      await client.synced;
      const docName = path ? `${board.id}/session` : board.id;
      const storedBefore = await storedStateVector(relay, docName);
      client.doc.getMap('meta').set('board', 'overwritten');
      const { acked } = client.requestAck();
      const closed = await client.closed;
      expect(closed.code).toBe(closeCode.readOnly);
      expect(closed.reason).toMatch(/read-only|written by the relay only/);
      expect(closed.reason).toMatch(/nothing was saved/);
      expect(await Promise.race([acked.then(() => 'acked'), new Promise((resolve) => setTimeout(resolve, 200, 'no ack'))])).toBe('no ack');
      expect(await storedStateVector(relay, docName)).toEqual(storedBefore);
    });
  }
});
