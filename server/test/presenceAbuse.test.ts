import { describe, expect, it } from 'vitest';
import { closeCode } from '@washup/shared/sync';
import { addSavedCard } from './support/boardContent';
import { nestedPresenceJson, presenceFrame } from './support/presenceFrames';
import { RawSyncClient } from './support/rawClient';
import { createBoard, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

describe('hostile presence', () => {
  for (const socket of ['board', 'session'] as const) {
    it(`refuses a deeply nested presence state on the ${socket} socket, and the relay lives on`, async () => {
      const relay = await startTestRelay({ AWARENESS_THROTTLE_MS: 5 });
      const board = await createBoard(relay.url);
      const boardUrl = `${relay.wsUrl}/${board.id}`;
      const bystander = new RawSyncClient(boardUrl, board.invites.reviewer.token);
      const offender = new RawSyncClient(socket === 'board' ? boardUrl : `${boardUrl}/session`, board.invites.observer.token);
      await Promise.all([bystander.synced, offender.synced]);

      // About 12 KB: small enough for every frame cap, deep enough to overflow JSON.stringify's stack.
      offender.send(presenceFrame([{ clientId: 777, clock: 1, json: nestedPresenceJson(6000) }]));
      const closed = await offender.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toMatch(/presence/);

      // Past the presence throttle: the relay still serves, and a bystander's write is saved.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
      await addSavedCard(bystander, 'still saved');
      bystander.close();
    });
  }
});
