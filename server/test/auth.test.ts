import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Invites, JoinResponse, RemoveParticipantResponse } from '@washup/shared/api';
import { closeCode } from '@washup/shared/sync';
import { TokenSigner } from '../src/auth/tokens';
import { resolveSecret } from '../src/auth/secret';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, type TestRelay, relayPerTest, storedStateVector } from './support/relay';

const startTestRelay = relayPerTest();
let relay: TestRelay;

async function refusal(url: string, token: string, protocols?: string[]): Promise<string> {
  const client = new RawSyncClient(url, token, protocols ? { protocols } : {});
  return client.opened.then(
    () => 'opened',
    (error: Error) => error.message,
  );
}

describe('who may connect', () => {
  it('refuses missing, forged, other-board, rotated and expired tokens before the upgrade', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const other = await createBoard(relay.url, 'Other');
    const url = `${relay.wsUrl}/${board.id}`;
    const loaded = relay.rooms;
    await waitFor(() => loaded.loadedRooms === 0, 5000, 'rooms from board creation to unload');

    expect(await refusal(url, '')).toBe('HTTP 401');
    expect(await refusal(url, board.invites.reviewer.token.slice(0, -2) + 'xx')).toBe('HTTP 401');
    expect(await refusal(url, other.invites.reviewer.token)).toBe('HTTP 403');
    expect(await refusal(`${relay.wsUrl}/not-a-board`, board.invites.reviewer.token)).toBe('HTTP 404');

    const signer = new TokenSigner(resolveSecret(undefined, relay.dataDir));
    const expired = signer.sign({ kind: 'invite', boardId: board.id, role: 'reviewer', keyVersion: 1, expiresAt: Date.now() - 1000 });
    expect(await refusal(url, expired)).toBe('HTTP 401');

    const rotated = await api<{ invites: typeof board.invites }>(relay.url, 'POST', `/api/boards/${board.id}/invites/rotate`, {
      token: board.invites.facilitator.token,
      body: {},
    });
    expect(rotated.status).toBe(200);
    expect(await refusal(url, board.invites.reviewer.token)).toBe('HTTP 401');
    expect(relay.rooms.loadedRooms).toBe(0);
    expect(await refusal(url, rotated.body.invites.reviewer.token)).toBe('opened');
    expect(relay.rooms.loadedRooms).toBe(1);
  });

  it('accepts the token as a WebSocket subprotocol', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, '', { protocols: [board.invites.reviewer.token] });
    await client.opened;
    await client.synced;
    expect(client.socket.protocol).toBe(board.invites.reviewer.token);
    client.close();
  });

  it('refuses writes from observers and hosts, and any client write to the relay doc, visibly and without storing them', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const stored = await storedStateVector(relay, board.id);
    for (const role of ['observer', 'host'] as const) {
      const reader = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites[role].token);
      await reader.synced;
      reader.doc.getMap('meta').set('board', { title: 'hijacked' });
      // Refused with a reason rather than acknowledged, so the writer never believes it was saved.
      const closed = await reader.closed;
      expect(closed.code).toBe(closeCode.readOnly);
      expect(closed.reason).toMatch(/read-only; nothing was saved/);
      expect(reader.ackedMarker).toBe(0);
    }
    const facilitator = new RawSyncClient(`${relay.wsUrl}/${board.id}/session`, board.invites.facilitator.token);
    await facilitator.synced;
    facilitator.doc.getMap('session').set('phase', 'forged');
    expect((await facilitator.closed).code).toBe(closeCode.readOnly);

    const check = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await check.synced;
    expect((check.doc.getMap('meta').get('board') as { title: string }).title).toBe('Test review');
    expect(await storedStateVector(relay, board.id)).toEqual(stored);
    expect(await storedStateVector(relay, `${board.id}/session`)).toEqual(Y.encodeStateVector(new Y.Doc()));
    check.close();
  });

  it('closes a removed participant and refuses their token afterwards', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const lead = await join(relay.url, board, 'facilitator', 'Lead');
    const reviewer = await join(relay.url, board, 'reviewer', 'Pat');
    const socket = new RawSyncClient(`${relay.wsUrl}/${board.id}`, reviewer.token);
    await socket.synced;
    const removed = await api(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${reviewer.participantId}`, { token: lead.token });
    expect(removed.status).toBe(200);
    expect((await socket.closed).code).toBe(closeCode.participantRemoved);
    expect(await refusal(`${relay.wsUrl}/${board.id}`, reviewer.token)).toBe('HTTP 403');
  });

  it('replaces the removed person\'s role link so they cannot join again with it; everyone else carries on', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const lead = await join(relay.url, board, 'facilitator', 'Lead');
    const pat = await join(relay.url, board, 'reviewer', 'Pat');
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const removed = await api<RemoveParticipantResponse>(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${pat.participantId}`, {
      token: lead.token,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.role).toBe('reviewer');
    expect(removed.body.invite.url).toContain(`#invite=${removed.body.invite.token}`);

    // The link Pat had is refused, as a replaced link, before anyone can join or connect with it.
    const again = await api<{ error: { code: string } }>(relay.url, 'POST', `/api/boards/${board.id}/join`, {
      token: board.invites.reviewer.token,
      body: { name: 'Pat again' },
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('token_revoked');
    expect(await refusal(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token)).toBe('HTTP 401');

    // Sam, who joined with the same link, and the other roles' links are untouched; the new link works.
    const samSocket = new RawSyncClient(`${relay.wsUrl}/${board.id}`, sam.token);
    await samSocket.synced;
    samSocket.close();
    expect((await join(relay.url, board, 'host', 'Hana')).role).toBe('host');
    const newcomer = await api<JoinResponse>(relay.url, 'POST', `/api/boards/${board.id}/join`, {
      token: removed.body.invite.token,
      body: { name: 'Nia' },
    });
    expect(newcomer.status).toBe(201);
    expect(newcomer.body.role).toBe('reviewer');

    // Replacing every link later keeps the reviewer link's own replacement: Pat's old one stays dead.
    const rotated = await api<{ invites: Invites }>(relay.url, 'POST', `/api/boards/${board.id}/invites/rotate`, { token: lead.token, body: {} });
    expect((await api(relay.url, 'POST', `/api/boards/${board.id}/join`, { token: rotated.body.invites.reviewer.token, body: { name: 'Ola' } })).status).toBe(201);
    expect((await api(relay.url, 'POST', `/api/boards/${board.id}/join`, { token: removed.body.invite.token, body: { name: 'Old' } })).status).toBe(401);
  });
});
