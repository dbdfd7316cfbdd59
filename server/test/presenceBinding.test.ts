import { describe, expect, it } from 'vitest';
import { colourFor, readPresenceUser } from '@washup/shared/presence';
import { closeCode } from '@washup/shared/sync';
import { presenceFrame, readPresenceFrame } from './support/presenceFrames';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

/** Every presence state a client has been sent, latest per awareness client id. */
function watchPresence(client: RawSyncClient): Map<number, unknown> {
  const states = new Map<number, unknown>();
  client.socket.on('message', (data: Buffer) => {
    for (const { clientId, state } of readPresenceFrame(new Uint8Array(data)) ?? []) states.set(clientId, state);
  });
  return states;
}

async function boardWithPeople() {
  const relay = await startTestRelay({ AWARENESS_THROTTLE_MS: 5 });
  const board = await createBoard(relay.url);
  const lead = await join(relay.url, board, 'facilitator', 'Amira Khan');
  const reviewer = await join(relay.url, board, 'reviewer', 'Ben Okafor');
  const url = `${relay.wsUrl}/${board.id}`;
  return { relay, board, lead, reviewer, url };
}

const claimAll = (participantId: string) =>
  JSON.stringify({ user: { participantId, name: 'Amira Khan', role: 'facilitator', colour: '#000000', location: 'room' }, cursor: { x: 1 } });

describe('presence bound to its sender', () => {
  it('publishes the name, role and colour of the participant who sent it, whatever the state claims', async () => {
    const { lead, reviewer, url } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const states = watchPresence(watcher);
    const sender = new RawSyncClient(url, reviewer.token);
    await Promise.all([watcher.synced, sender.synced]);

    sender.send(presenceFrame([{ clientId: 501, clock: 1, json: claimAll(lead.participantId) }]));
    await waitFor(() => states.has(501), 5000, 'the presence to arrive');
    const state = states.get(501);
    expect(readPresenceUser(state)).toEqual({
      participantId: reviewer.participantId,
      name: 'Ben Okafor',
      role: 'reviewer',
      colour: colourFor(reviewer.participantId),
      location: 'room',
    });
    // What is not about who the sender is passes through.
    expect(state).toMatchObject({ cursor: { x: 1 } });
    watcher.close();
    sender.close();
  });

  it('shows someone on an invite link who has not joined as their role', async () => {
    const { board, url, lead } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const states = watchPresence(watcher);
    const observer = new RawSyncClient(url, board.invites.observer.token);
    await Promise.all([watcher.synced, observer.synced]);
    observer.send(presenceFrame([{ clientId: 502, clock: 1, json: claimAll(lead.participantId) }]));
    await waitFor(() => states.has(502), 5000, 'the presence to arrive');
    expect(readPresenceUser(states.get(502))).toMatchObject({ name: 'Observer', role: 'observer', location: 'room' });
    watcher.close();
    observer.close();
  });

  it("refuses a socket that changes or erases another socket's presence, which stays", async () => {
    const { board, url, lead, reviewer } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const states = watchPresence(watcher);
    const owner = new RawSyncClient(url, reviewer.token);
    await Promise.all([watcher.synced, owner.synced]);
    owner.send(presenceFrame([{ clientId: 503, clock: 1, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => states.has(503), 5000, 'the presence to arrive');

    for (const attempt of ['{"user":{"location":"remote"}}', 'null']) {
      const intruder = new RawSyncClient(url, board.invites.observer.token);
      await intruder.synced;
      intruder.send(presenceFrame([{ clientId: 503, clock: 2, json: attempt }]));
      const closed = await intruder.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toMatch(/someone else's presence/);
    }
    const late = new RawSyncClient(url, lead.token);
    const lateStates = watchPresence(late);
    await late.synced;
    await waitFor(() => lateStates.has(503), 5000, 'the presence to be sent to a newcomer');
    expect(readPresenceUser(lateStates.get(503))).toMatchObject({ name: 'Ben Okafor', location: 'room' });
    for (const client of [watcher, owner, late]) client.close();
  });

  it("drops another socket's echo of a presence state, whatever its text, and relays nothing for it", async () => {
    const { board, url, lead, reviewer } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const framesFor504: unknown[] = [];
    watcher.socket.on('message', (data: Buffer) => {
      for (const { clientId, state } of readPresenceFrame(new Uint8Array(data)) ?? []) if (clientId === 504) framesFor504.push(state);
    });
    const owner = new RawSyncClient(url, reviewer.token);
    const echoer = new RawSyncClient(url, board.invites.observer.token);
    await Promise.all([watcher.synced, owner.synced, echoer.synced]);
    owner.send(presenceFrame([{ clientId: 504, clock: 1, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => framesFor504.length === 1, 5000, 'the presence to arrive');

    // A stock provider sends back every change it hears: no newer than the relay's, so nothing to check or relay.
    for (const json of ['{"user":{"location":"remote"}}', 'x'.repeat(5000), '['.repeat(500), 'null']) {
      echoer.send(presenceFrame([{ clientId: 504, clock: 1, json }]));
    }
    owner.send(presenceFrame([{ clientId: 504, clock: 2, json: '{"user":{"location":"remote"}}' }]));
    await waitFor(() => framesFor504.length === 2, 5000, "the owner's change to arrive");
    expect(readPresenceUser(framesFor504[1])).toMatchObject({ name: 'Ben Okafor', location: 'remote' });
    expect(echoer.socket.readyState).toBe(echoer.socket.OPEN);
    for (const client of [watcher, owner, echoer]) client.close();
  });

  it('sends a presence change to everyone but the socket it came from', async () => {
    const { url, lead, reviewer } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const watcherStates = watchPresence(watcher);
    const sender = new RawSyncClient(url, reviewer.token);
    const senderStates = watchPresence(sender);
    await Promise.all([watcher.synced, sender.synced]);
    watcher.send(presenceFrame([{ clientId: 505, clock: 1, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => senderStates.has(505), 5000, "the watcher's presence to reach the sender");
    sender.send(presenceFrame([{ clientId: 506, clock: 1, json: '{"user":{"location":"remote"}}' }]));
    await waitFor(() => watcherStates.has(506), 5000, "the sender's presence to reach the watcher");
    // The watcher's own change came after the sender's: by then the sender's, had it been sent back, would be in.
    watcher.send(presenceFrame([{ clientId: 505, clock: 2, json: '{"user":{"location":"remote"}}' }]));
    await waitFor(() => readPresenceUser(senderStates.get(505))?.location === 'remote', 5000, "the watcher's second change");
    expect(senderStates.has(506)).toBe(false);
    expect(watcherStates.has(505)).toBe(false);
    watcher.close();
    sender.close();
  });

  it('refuses a socket that holds more than a few client ids, and an oversized state', async () => {
    const { board, url } = await boardWithPeople();
    const crowd = new RawSyncClient(url, board.invites.observer.token);
    await crowd.synced;
    for (let id = 1; id <= 5; id++) crowd.send(presenceFrame([{ clientId: 600 + id, clock: 1, json: '{}' }]));
    expect(await crowd.closed).toMatchObject({ code: closeCode.policyViolation, reason: expect.stringMatching(/4 presence client ids/) });

    const big = new RawSyncClient(url, board.invites.observer.token);
    await big.synced;
    big.send(presenceFrame([{ clientId: 700, clock: 1, json: JSON.stringify({ blob: 'x'.repeat(5000) }) }]));
    expect(await big.closed).toMatchObject({ code: closeCode.policyViolation, reason: expect.stringMatching(/over the 2048 limit/) });
  });

  it('lets the same participant take their presence over on a new socket (a reconnect)', async () => {
    const { url, lead, reviewer } = await boardWithPeople();
    const watcher = new RawSyncClient(url, lead.token);
    const states = watchPresence(watcher);
    const before = new RawSyncClient(url, reviewer.token);
    const after = new RawSyncClient(url, reviewer.token);
    await Promise.all([watcher.synced, before.synced, after.synced]);
    before.send(presenceFrame([{ clientId: 504, clock: 1, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => readPresenceUser(states.get(504))?.location === 'room', 5000, 'the first state');
    after.send(presenceFrame([{ clientId: 504, clock: 2, json: '{"user":{"location":"remote"}}' }]));
    await waitFor(() => readPresenceUser(states.get(504))?.location === 'remote', 5000, 'the state from the new socket');
    // The old socket closing no longer takes the presence with it.
    before.close();
    await before.closed;
    after.send(presenceFrame([{ clientId: 504, clock: 3, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => readPresenceUser(states.get(504))?.location === 'room', 5000, 'the presence to stay');
    watcher.close();
    after.close();
  });
});
