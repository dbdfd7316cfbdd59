import { describe, expect, it } from 'vitest';
import type { ApiError } from '@washup/shared/api';
import { closeCode } from '@washup/shared/sync';
import { presenceFrame, readPresenceFrame } from './support/presenceFrames';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest } from './support/relay';
import { upgradeRefusal } from './support/upgradeRefusal';

const startTestRelay = relayPerTest();

async function room() {
  const relay = await startTestRelay({ AWARENESS_THROTTLE_MS: 5 });
  return boardWithTeam(relay, { lead: ['facilitator', 'Lead'], ana: ['reviewer', 'Ana'] });
}

describe('the screen link', () => {
  it('comes with every board, reads the board and the relay doc, and never joins by name', async () => {
    const t = await room();
    const screen = t.board.invites.screen.token;
    const summary = await api<{ title: string }>(t.relay.url, 'GET', `/api/boards/${t.board.id}`, { token: screen });
    expect([summary.status, summary.body.title]).toEqual([200, 'Test review']);
    const joined = await api<ApiError>(t.relay.url, 'POST', `/api/boards/${t.board.id}/join`, { token: screen, body: { name: 'Projector' } });
    expect([joined.status, joined.body.error.code]).toEqual([403, 'screen_read_only']);
    for (const path of ['', '/session']) {
      const client = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}${path}`, screen);
      await client.synced;
      client.close();
    }
  });

  it('runs no command, casts no ballot and downloads nothing a host or observer may not', async () => {
    const t = await room();
    const token = t.board.invites.screen.token;
    const refusals: Array<[string, string, unknown]> = [
      ['POST', '/commands', { type: 'present.show', view: 'vote' }],
      ['POST', '/commands', { type: 'council.tick' }],
      ['POST', '/commands', { type: 'timebox.start', label: 'Cluster', minutes: 10 }],
      ['POST', '/commands', { type: 'x'.repeat(80), nested: JSON.parse('['.repeat(200) + ']'.repeat(200)) as unknown }],
      ['POST', '/ballots', { roundId: 'r1', allocations: {} }],
      ['POST', '/invites/rotate', {}],
      ['DELETE', '', undefined],
    ];
    for (const [method, path, body] of refusals) {
      const reply = await api<ApiError>(t.relay.url, method, `/api/boards/${t.board.id}${path}`, { token, body });
      expect([reply.status, reply.body.error.code], `${method} ${path}`).toEqual([403, 'screen_read_only']);
    }
    for (const path of ['/participants', '/report.md', '/restore-points']) {
      const reply = await api<ApiError>(t.relay.url, 'GET', `/api/boards/${t.board.id}${path}`, { token });
      expect(reply.status, path).toBe(403);
    }
    const ballot = await api<ApiError>(t.relay.url, 'GET', `/api/boards/${t.board.id}/ballots/r1`, { token });
    expect(ballot.status).toBeGreaterThanOrEqual(400);
  });

  it('never opens a private doc', async () => {
    const t = await room();
    for (const owner of [t.lead.participantId, t.ana.participantId]) {
      const refusal = await upgradeRefusal(`${t.relay.wsUrl}/${t.board.id}/private/${owner}`, t.board.invites.screen.token);
      expect(refusal?.status, owner).toBe(403);
    }
  });

  it('is closed with 4405 when it writes to the board doc or the relay doc, and nothing is stored', async () => {
    const t = await room();
    for (const path of ['', '/session']) {
      const client = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}${path}`, t.board.invites.screen.token);
      await client.synced;
      client.doc.getMap(path === '' ? 'cards' : 'session').set('forged', { observation: 'from the projector' });
      const closed = await client.closed;
      expect(closed.code).toBe(closeCode.readOnly);
    }
    const watcher = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
    await watcher.synced;
    expect(watcher.doc.getMap('cards').has('forged')).toBe(false);
    watcher.close();
  });

  it('never appears in presence, whatever it sends, and its socket carries on receiving', async () => {
    const t = await room();
    const url = `${t.relay.wsUrl}/${t.board.id}`;
    const watcher = new RawSyncClient(url, t.lead.token);
    const seen = new Map<number, unknown>();
    watcher.socket.on('message', (data: Buffer) => {
      for (const { clientId, state } of readPresenceFrame(new Uint8Array(data)) ?? []) seen.set(clientId, state);
    });
    const screen = new RawSyncClient(url, t.board.invites.screen.token);
    const reviewer = new RawSyncClient(url, t.ana.token);
    await Promise.all([watcher.synced, screen.synced, reviewer.synced]);
    reviewer.send(presenceFrame([{ clientId: 700, clock: 1, json: '{"user":{"location":"room"}}' }]));
    await waitFor(() => seen.has(700), 5000, "the reviewer's presence");
    // Its own state, a claim to be the Lead, an erasure of the reviewer's state, and garbage.
    screen.send(presenceFrame([{ clientId: 701, clock: 1, json: '{"user":{"location":"room"}}' }]));
    screen.send(presenceFrame([{ clientId: 702, clock: 1, json: JSON.stringify({ user: { participantId: t.lead.participantId, name: 'Lead', role: 'facilitator', location: 'room' } }) }]));
    screen.send(presenceFrame([{ clientId: 700, clock: 2, json: 'null' }]));
    screen.send(presenceFrame([{ clientId: 703, clock: 1, json: '{"user":' }]));
    // A write after them is still answered by an ack: the socket was not closed for what it sent.
    await screen.requestAck().acked;
    reviewer.send(presenceFrame([{ clientId: 700, clock: 3, json: '{"user":{"location":"remote"}}' }]));
    await waitFor(() => JSON.stringify(seen.get(700)).includes('remote'), 5000, "the reviewer's next presence");
    expect([...seen.keys()].filter((id) => id > 700)).toEqual([]);
    for (const client of [watcher, screen, reviewer]) client.close();
  });
});
