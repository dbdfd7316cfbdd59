import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import { closeCode, encodeTimeRequest, messageType } from '@washup/shared/sync';
import { addSavedCard } from './support/boardContent';
import { RawSyncClient } from './support/rawClient';
import { createBoard, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

/** Sync step 1 with an empty state vector: "send me the whole document", in 4 bytes. */
const wholeDocumentRequest = Uint8Array.from([messageType.sync, syncProtocol.messageYjsSyncStep1, 1, 0]);

describe('traffic limits on sync sockets', () => {
  it('closes a socket that floods frames, with a reason, and serves a bystander on the same board', async () => {
    const relay = await startTestRelay({ SOCKET_FRAMES_PER_SECOND: 50 });
    const board = await createBoard(relay.url);
    const url = `${relay.wsUrl}/${board.id}`;
    const bystander = new RawSyncClient(url, board.invites.reviewer.token);
    const flooder = new RawSyncClient(url, board.invites.observer.token);
    await Promise.all([bystander.synced, flooder.synced]);
    for (let i = 0; i < 500; i++) flooder.send(encodeTimeRequest());
    const closed = await flooder.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/too much traffic: this connection may send 50 frames a second/);
    await addSavedCard(bystander, 'still served');
    bystander.close();
  });

  it('shares one budget between the sockets of one token', async () => {
    const relay = await startTestRelay({ SOCKET_FRAMES_PER_SECOND: 1000, TOKEN_FRAMES_PER_SECOND: 50 });
    const board = await createBoard(relay.url);
    const url = `${relay.wsUrl}/${board.id}`;
    const sockets = Array.from({ length: 4 }, () => new RawSyncClient(url, board.invites.observer.token));
    await Promise.all(sockets.map((socket) => socket.synced));
    // 40 frames each: far under the socket's limit, four times over the link's two-second burst together.
    for (const socket of sockets) for (let i = 0; i < 40; i++) socket.send(encodeTimeRequest());
    const closed = await Promise.race(sockets.map((socket) => socket.closed));
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/this link may send 50 frames a second/);
    for (const socket of sockets) socket.close();
  });

  it('counts whole-document answers in the byte budget of the socket that asks for them', async () => {
    const relay = await startTestRelay({ SOCKET_BYTES_PER_SECOND: 32 * 1024 });
    const board = await createBoard(relay.url);
    const url = `${relay.wsUrl}/${board.id}`;
    const writer = new RawSyncClient(url, board.invites.reviewer.token);
    await writer.synced;
    for (let i = 0; i < 20; i++) await addSavedCard(writer, `Evidence ${i}: ${'pupils explained their reasoning '.repeat(20)}`);
    const asker = new RawSyncClient(url, board.invites.observer.token);
    await asker.synced;
    // Each request is 4 bytes; each answer about 20 KB: a few fit the two-second budget, not 100.
    for (let i = 0; i < 100; i++) asker.send(wholeDocumentRequest);
    const closed = await asker.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/too much traffic: this connection may send 32768 bytes a second/);
    writer.close();
  });
});
