import { describe, expect, it } from 'vitest';
import type { BoardSummary, Participant, TemplateSummary, ApiError } from '@washup/shared/api';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, type TestRelay, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();
let relay: TestRelay;


describe('HTTP API', () => {
  it('answers bad bodies with 400 and a message', async () => {
    relay = await startTestRelay();
    for (const body of [{}, { title: '' }, { title: 'x'.repeat(201) }, { title: 5 }, { title: 'ok', templateId: 'nope' }]) {
      const response = await api<ApiError>(relay.url, 'POST', '/api/boards', { body });
      expect(response.status).toBe(400);
      expect(response.body.error.message.length).toBeGreaterThan(5);
    }
    const raw = await fetch(`${relay.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as ApiError).error.code).toBeTruthy();
  });

  it('lists templates and creates boards with an invite per role, the screen link included', async () => {
    relay = await startTestRelay();
    const templates = await api<TemplateSummary[]>(relay.url, 'GET', '/api/templates');
    expect(templates.body.map((t) => t.id)).toEqual(['qa-review', 'trust-peer-review', 'spp-enquiry', 'cst-trust-framework', 'custom']);
    const board = await createBoard(relay.url, 'Review of Oak School', 'spp-enquiry');
    expect(board.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Object.keys(board.invites).sort()).toEqual(['facilitator', 'host', 'observer', 'reviewer', 'screen']);
    expect(board.invites.reviewer.url).toBe(`${relay.url}/b/${board.id}#invite=${board.invites.reviewer.token}`);
    const summary = await api<BoardSummary>(relay.url, 'GET', `/api/boards/${board.id}`, { token: board.invites.observer.token });
    expect(summary.body).toMatchObject({ title: 'Review of Oak School', templateId: 'spp-enquiry', counts: { headings: 4, cards: 0 } });
  });

  it('joins people by name and lets only the facilitator manage the board', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const reviewer = await join(relay.url, board, 'reviewer', 'Sam');
    expect(reviewer).toMatchObject({ role: 'reviewer', name: 'Sam' });
    const badName = await api<ApiError>(relay.url, 'POST', `/api/boards/${board.id}/join`, { token: board.invites.reviewer.token, body: { name: '  ' } });
    expect(badName.status).toBe(400);

    const asReviewer = await api<ApiError>(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: reviewer.token });
    expect(asReviewer.status).toBe(403);
    expect((await api(relay.url, 'POST', `/api/boards/${board.id}/invites/rotate`, { token: reviewer.token, body: {} })).status).toBe(403);

    const lead = await join(relay.url, board, 'facilitator', 'Lead');
    const people = await api<{ participants: Participant[] }>(relay.url, 'GET', `/api/boards/${board.id}/participants`, { token: lead.token });
    expect(people.body.participants.map((p) => p.name)).toEqual(['Sam', 'Lead']);
  });

  it('deletes a board with all its data and closes its sockets', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const keep = await createBoard(relay.url, 'Keep me');
    const socket = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await socket.synced;
    socket.doc.getText('t').insert(0, 'evidence');
    await socket.requestAck().acked;

    const deleted = await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: board.invites.facilitator.token });
    expect(deleted.status).toBe(204);
    expect((await socket.closed).code).toBe(4404);
    expect((await relay.storage.loadDoc(board.id)).updates).toHaveLength(0);
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: board.invites.facilitator.token })).status).toBe(404);
    expect((await relay.storage.loadDoc(keep.id)).updates.length).toBeGreaterThan(0);
  });

  it('serves health, time and metrics', async () => {
    relay = await startTestRelay();
    expect((await api<{ ok: boolean }>(relay.url, 'GET', '/healthz')).body.ok).toBe(true);
    const time = await api<{ now: number }>(relay.url, 'GET', '/api/time');
    expect(Math.abs(time.body.now - Date.now())).toBeLessThan(5000);
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    expect(metrics).toContain('washup_rooms_loaded');
    const unknown = await api<ApiError>(relay.url, 'GET', '/api/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });
});
