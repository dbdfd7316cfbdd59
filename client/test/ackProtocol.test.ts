import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAck, messageType } from '@washup/shared/sync';
import { installAckProtocol } from '../src/sync/ackProtocol';
import { SaveTracker } from '../src/sync/SaveTracker';
import { FakeSocket } from './fakeSocket';
import { describeFrame, serverStep1 } from './relayFrames';

function serverUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Applies the client's sync frames to the relay's copy of the doc. */
function applyToServer(serverDoc: Y.Doc, frames: Uint8Array[]): void {
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== messageType.sync) continue;
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), serverDoc, 'client');
  }
}

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

let providers: WebsocketProvider[] = [];
afterEach(() => {
  for (const provider of providers) provider.destroy();
  providers = [];
  FakeSocket.instances = [];
});

function setUp() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider('ws://relay.test/sync', 'board', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  providers.push(provider);
  const tracker = new SaveTracker('unit-test-board');
  installAckProtocol(provider, tracker, (origin) => origin !== provider);
  return { doc, provider, tracker };
}

describe('ack protocol', () => {
  it('follows the reply to the relay’s sync step 1 with a marker covering offline changes', async () => {
    const { doc, provider, tracker } = setUp();
    doc.getMap('cards').set('a', 'written offline');
    doc.getMap('cards').set('b', 'also offline');
    expect(tracker.unsaved.get()).toBe(2);

    provider.connect();
    const socket = FakeSocket.latest();
    socket.open();
    await microtasks();
    expect(socket.sent.map(describeFrame)).not.toContain('ack-request:2');

    const serverDoc = new Y.Doc();
    const before = socket.sent.length;
    socket.receive(serverStep1(serverDoc));
    await microtasks();
    expect(socket.sent.slice(before).map(describeFrame)).toEqual(['sync-step-2', 'ack-request:2']);

    applyToServer(serverDoc, socket.sent);
    expect(serverDoc.getMap('cards').get('a')).toBe('written offline');
    socket.receive(encodeAck(2));
    expect(tracker.unsaved.get()).toBe(0);
  });

  it('sends each local change, then one marker per tick', async () => {
    const { doc, provider, tracker } = setUp();
    provider.connect();
    const socket = FakeSocket.latest();
    socket.open();
    socket.receive(serverStep1(new Y.Doc()));
    await microtasks();

    const before = socket.sent.length;
    doc.getMap('cards').set('a', 1);
    doc.getMap('cards').set('b', 2);
    await microtasks();
    expect(socket.sent.slice(before).map(describeFrame)).toEqual(['update', 'update', 'ack-request:2']);
    expect(tracker.unsaved.get()).toBe(2);

    socket.receive(encodeAck(1));
    expect(tracker.unsaved.get()).toBe(1);
    socket.receive(encodeAck(2));
    expect(tracker.unsaved.get()).toBe(0);
  });

  it('sends no marker on a new socket before the relay’s sync step 1 is answered', async () => {
    const { doc, provider } = setUp();
    provider.connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(serverStep1(new Y.Doc()));
    await microtasks();

    provider.disconnect();
    doc.getMap('cards').set('offline', true);
    provider.connect();
    const socket = FakeSocket.latest();
    socket.open();
    doc.getMap('cards').set('early', true);
    await microtasks();
    // The early change goes out, but a marker now could overtake the offline one, not yet sent.
    expect(socket.sent.map(describeFrame).filter((frame) => frame.startsWith('ack-request'))).toEqual([]);

    socket.receive(serverStep1(new Y.Doc()));
    await microtasks();
    expect(socket.sent.map(describeFrame).slice(-2)).toEqual(['sync-step-2', 'ack-request:2']);
  });

  it('does not count changes that came from the relay', async () => {
    const { provider, tracker } = setUp();
    provider.connect();
    const socket = FakeSocket.latest();
    socket.open();
    const other = new Y.Doc();
    other.getMap('cards').set('theirs', 'from another reviewer');
    socket.receive(serverUpdate(Y.encodeStateAsUpdate(other)));
    await microtasks();
    expect(tracker.unsaved.get()).toBe(0);
    expect(socket.sent.map(describeFrame).filter((frame) => frame.startsWith('ack-request'))).toEqual([]);
  });
});
