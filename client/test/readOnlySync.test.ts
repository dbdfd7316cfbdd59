import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { messageType } from '@washup/shared/sync';
import { receiveOnly } from '../src/sync/readOnlySync';
import { FakeSocket } from './fakeSocket';
import { describeFrame, serverStep1 } from './relayFrames';

let providers: WebsocketProvider[] = [];
afterEach(() => {
  for (const provider of providers) provider.destroy();
  providers = [];
  FakeSocket.instances = [];
});

function serverStep2(serverDoc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeSyncStep2(encoder, serverDoc);
  return encoding.toUint8Array(encoder);
}

describe('a read-only provider', () => {
  it('receives the relay’s doc but sends no writes, not even its answer to the relay’s sync step 1', () => {
    const doc = new Y.Doc();
    // What a read-only copy changes by itself: YKeyValue's clean-up, or anything kept on the device.
    doc.getMap('cards').set('kept', 'on this device');
    const provider = new WebsocketProvider('ws://relay.test/sync', 'board', doc, {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    });
    providers.push(provider);
    receiveOnly(provider);
    provider.connect();
    const socket = FakeSocket.latest();
    socket.open();

    const serverDoc = new Y.Doc();
    serverDoc.getMap('cards').set('a', 'from the relay');
    socket.receive(serverStep1(serverDoc));
    socket.receive(serverStep2(serverDoc));
    doc.getMap('cards').set('later', 'a local change');

    expect(doc.getMap('cards').get('a')).toBe('from the relay');
    expect(provider.synced).toBe(true);
    expect(socket.sent.map(describeFrame).filter((frame) => frame !== 'awareness')).toEqual(['sync-step-1']);
  });
});
