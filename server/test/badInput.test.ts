import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { messageType } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { createBoard, type TestRelay, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();
let relay: TestRelay;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const badFrames: Record<string, { frame: () => Uint8Array; code: number }> = {
  'random bytes': { frame: () => Uint8Array.from([0, 2, 200, 13, 7, 255, 255, 255, 255, 255, 1, 2]), code: 1008 },
  'a truncated varint': { frame: () => Uint8Array.from([0x80]), code: 1008 },
  'an unknown message type': { frame: () => frame((e) => encoding.writeVarUint(e, 42)), code: 1003 },
  'an unknown sync message type': {
    frame: () => frame((e) => {
      encoding.writeVarUint(e, messageType.sync);
      encoding.writeVarUint(e, 9);
    }),
    code: 1003,
  },
  'an update that does not decode': {
    frame: () => frame((e) => {
      encoding.writeVarUint(e, messageType.sync);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, Uint8Array.from([5, 99, 1, 2, 3]));
    }),
    code: 1008,
  },
  'an oversized frame': { frame: () => new Uint8Array(70_000), code: 1009 },
};

describe('bad frames', () => {
  for (const [name, { frame: makeFrame, code }] of Object.entries(badFrames)) {
    it(`closes only the socket that sent ${name}, with a reason`, async () => {
      relay = await startTestRelay({ MAX_FRAME_BYTES: 64 * 1024 });
      const board = await createBoard(relay.url);
      const url = `${relay.wsUrl}/${board.id}`;
      const bystander = new RawSyncClient(url, board.invites.reviewer.token);
      const offender = new RawSyncClient(url, board.invites.reviewer.token);
      await Promise.all([bystander.synced, offender.synced]);

      offender.send(makeFrame());
      const closed = await offender.closed;
      expect(closed.code).toBe(code);
      expect(closed.reason.length).toBeGreaterThan(0);

      bystander.doc.getText('t').insert(0, 'still here');
      await bystander.requestAck().acked;
      const latecomer = new RawSyncClient(url, board.invites.observer.token);
      await latecomer.synced;
      expect(latecomer.doc.getText('t').toString()).toBe('still here');
      const metrics = await (await fetch(`${relay.url}/metrics`)).text();
      expect(metrics).toMatch(/washup_frames_rejected_total\{reason="[a-z-]+"\} 1/);
      bystander.close();
      latecomer.close();
    });
  }

  it('refuses text frames', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await client.synced;
    client.socket.send('hello');
    expect((await client.closed).code).toBe(1003);
  });
});
