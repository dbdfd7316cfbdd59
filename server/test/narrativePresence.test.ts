import { describe, expect, it } from 'vitest';
import { readNarrativePresence, readPresenceUser } from '@washup/shared/presence';
import { presenceFrame, readPresenceFrame } from './support/presenceFrames';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { boardWithTeam, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

/** Every presence state a client has been sent, latest per awareness client id. */
function watchPresence(client: RawSyncClient): Map<number, unknown> {
  const states = new Map<number, unknown>();
  client.socket.on('message', (data: Buffer) => {
    for (const { clientId, state } of readPresenceFrame(new Uint8Array(data)) ?? []) states.set(clientId, state);
  });
  return states;
}

const writing = (narrative: unknown) => JSON.stringify({ user: { location: 'remote' }, narrative });

describe('who writes which paragraph, in presence', () => {
  it("passes on a writer's part and paragraph, and drops a garbage, deeply nested or unknown one and a reader's", async () => {
    const relay = await startTestRelay({ AWARENESS_THROTTLE_MS: 5 });
    const { board, lead, rae, host } = await boardWithTeam(relay, { lead: ['facilitator', 'Lee'], rae: ['reviewer', 'Rae'], host: ['host', 'Hana'] } as const);
    const url = `${relay.wsUrl}/${board.id}`;
    const watcher = new RawSyncClient(url, lead.token);
    const states = watchPresence(watcher);
    const writer = new RawSyncClient(url, rae.token);
    const reader = new RawSyncClient(url, host.token);
    await Promise.all([watcher.synced, writer.synced, reader.synced]);

    writer.send(presenceFrame([{ clientId: 601, clock: 1, json: writing({ part: 'heading:lead', paragraph: 2 }) }]));
    reader.send(presenceFrame([{ clientId: 602, clock: 1, json: writing({ part: 'summary', paragraph: 0 }) }]));
    await waitFor(() => states.has(601) && states.has(602), 5000, 'both states to arrive');
    expect(readNarrativePresence(states.get(601))).toEqual({ part: 'heading:lead', paragraph: 2 });
    // The host reads the report: their state goes on, without a claim to be writing it.
    expect(readPresenceUser(states.get(602))?.role).toBe('host');
    expect(states.get(602)).not.toHaveProperty('narrative');

    let clock = 1;
    for (const garbage of ['summary', { part: 'appendix', paragraph: 0 }, { part: 'summary', paragraph: -3 }, { part: { part: { part: 'summary' } }, paragraph: 0 }, { part: 'summary', paragraph: 1e12 }]) {
      clock += 1;
      writer.send(presenceFrame([{ clientId: 601, clock, json: writing(garbage) }]));
      await waitFor(() => readNarrativePresence(states.get(601)) === null, 5000, 'the garbage to arrive');
      expect(states.get(601)).not.toHaveProperty('narrative');
      expect(readPresenceUser(states.get(601))?.name).toBe('Rae');
      writer.send(presenceFrame([{ clientId: 601, clock: ++clock, json: writing({ part: 'summary', paragraph: 1 }) }]));
      await waitFor(() => readNarrativePresence(states.get(601)) !== null, 5000, 'a good state again');
    }
    for (const client of [watcher, writer, reader]) client.close();
  });
});
