import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse } from '@washup/shared/api';
import { boardDocOf, newId } from '@washup/shared/board';
import { councilEntry, maxPastSessions, pastSessionOf, pastSessionsEntry, pstbEntry, RelayDoc } from '@washup/shared/relayDoc';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TeamOf } from './support/relay';

const startTestRelay = relayPerTest();

type Team = TeamOf<'lead' | 'host' | 'ana' | 'observer'>;

async function team(): Promise<Team> {
  return boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lead'], host: ['host', 'Hana'], ana: ['reviewer', 'Ana'], observer: ['observer', 'Olu'] });
}

type Reply = { result: { sessionId: string; phase: string } } & ApiError;

function send(t: Team, who: JoinResponse, body: Record<string, unknown>) {
  return api<Reply>(t.relay.url, 'POST', `/api/boards/${t.board.id}/commands`, { token: who.token, body });
}

async function accepted(t: Team, who: JoinResponse, body: Record<string, unknown>): Promise<Reply['result']> {
  const reply = await send(t, who, body);
  expect(reply.body.error?.message ?? null, JSON.stringify(body)).toBeNull();
  return reply.body.result;
}

function startPstb(t: Team, who: JoinResponse, replace = false) {
  return send(t, who, { type: 'pstb.start', replace, config: { presenter: { id: t.host.participantId, name: 'Hana' }, contractMinutes: 20 } });
}

/** Starts a PSTB session and runs it to the owner's choice of one idea with one action; the clock never runs out on its own. */
async function pstbToChoice(t: Team, problem: string, idea: string, action: string, replace = false): Promise<string> {
  const start = await startPstb(t, t.lead, replace);
  expect(start.body.error?.message ?? null).toBeNull();
  const { sessionId } = start.body.result;
  await accepted(t, t.lead, { type: 'pstb.advance', from: 'contracting' });
  await accepted(t, t.host, { type: 'pstb.setProblem', problem });
  await accepted(t, t.lead, { type: 'pstb.advance', from: 'problem' });
  const writer = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.ana.token);
  await writer.synced;
  const ideaId = newId();
  const board = boardDocOf(writer.doc);
  board.put('ideas', { id: ideaId, sessionId, round: 0, authorId: t.ana.participantId, authorName: 'Ana', text: idea, capturedBy: t.ana.participantId, capturedAt: Date.now() });
  board.put('actions', { id: newId(), sessionId, ideaId, what: action, who: 'Deputy head', when: 'July' });
  await writer.requestAck().acked;
  writer.close();
  await accepted(t, t.lead, { type: 'pstb.advance', from: 'ideas' });
  await accepted(t, t.host, { type: 'pstb.selectIdea', ideaId });
  await accepted(t, t.lead, { type: 'pstb.advance', from: 'selection' });
  return sessionId;
}

async function reportMarkdown(t: Team): Promise<string> {
  return (await fetch(`${t.relay.url}/api/boards/${t.board.id}/report.md`, { headers: { authorization: `Bearer ${t.lead.token}` } })).text();
}

describe('sessions are a history on the relay', () => {
  it('keeps a closed session and a replaced running one, both in the report; only the Lead Reviewer starts one', async () => {
    const t = await team();
    const watcher = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}/session`, t.observer.token);
    await watcher.synced;
    const relayDoc = new RelayDoc(watcher.doc);
    // No device ever sees a session gone from both places: the history grows in the same update as the new session lands.
    const sightings: Array<{ current: string | undefined; kept: string[] }> = [];
    watcher.doc.on('afterTransaction', () => {
      sightings.push({ current: relayDoc.read(pstbEntry)?.sessionId, kept: relayDoc.read(pastSessionsEntry)?.sessions.map((past) => past.session.sessionId) ?? [] });
    });

    const first = await pstbToChoice(t, 'How do I keep new staff?', 'A buddy for every new teacher', 'Pair buddies before September');
    for (const from of ['benefits', 'concerns', 'actions']) await accepted(t, t.lead, { type: 'pstb.advance', from });
    await waitFor(() => relayDoc.read(pstbEntry)?.phase === 'closed', 5000, 'first closed');

    for (const who of [t.ana, t.host, t.observer]) expect((await startPstb(t, who)).status).toBe(403);
    expect(relayDoc.read(pastSessionsEntry)).toBeUndefined();

    // A closed session needs no confirmation to be followed: it is kept.
    const second = await pstbToChoice(t, 'How do I cut marking time?', 'Whole-class feedback sheets', 'Trial sheets in Year 7');
    await waitFor(() => relayDoc.read(pstbEntry)?.sessionId === second, 5000, 'second started');
    expect(relayDoc.read(pastSessionsEntry)?.sessions).toEqual([expect.objectContaining({ ending: 'closed', replacedDuring: null, session: expect.objectContaining({ sessionId: first, phase: 'closed' }) })]);

    let markdown = await reportMarkdown(t);
    for (const text of ['How do I keep new staff?', 'A buddy for every new teacher', 'Pair buddies before September', 'How do I cut marking time?', 'Whole-class feedback sheets', 'Trial sheets in Year 7']) {
      expect(markdown).toContain(text);
    }
    expect(markdown.indexOf('How do I keep new staff?')).toBeLessThan(markdown.indexOf('How do I cut marking time?'));

    // A running session is replaced only when asked to, and then closed and kept.
    const refused = await startPstb(t, t.lead);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'session_running']);
    const before = Date.now();
    const third = (await accepted(t, t.lead, { type: 'pstb.start', replace: true, config: { presenter: { id: t.host.participantId, name: 'Hana' }, contractMinutes: 20 } })).sessionId;
    await waitFor(() => relayDoc.read(pstbEntry)?.sessionId === third, 5000, 'third started');
    const [kept, replaced] = relayDoc.read(pastSessionsEntry)?.sessions ?? [];
    expect(kept?.session.sessionId).toBe(first);
    expect(replaced).toMatchObject({ ending: 'replaced', replacedDuring: 'benefits', session: { sessionId: second, phase: 'closed', timer: null } });
    expect(replaced?.session.closedAt).toBeGreaterThanOrEqual(before);

    markdown = await reportMarkdown(t);
    expect(markdown).toContain('A buddy for every new teacher');
    expect(markdown).toContain('Whole-class feedback sheets');

    const seen = sightings.filter((sighting) => sighting.current !== undefined);
    for (const sighting of seen) {
      if (sighting.current === second) expect(sighting.kept).toEqual([first]);
      if (sighting.current === third) expect(sighting.kept).toEqual([first, second]);
    }
    watcher.close();
  });

  it('keeps a Council session replaced while running, beside the PSTB sessions', async () => {
    const t = await team();
    const config = {
      presenter: { id: t.host.participantId, name: 'Hana' },
      scribe: null,
      participants: [{ id: t.ana.participantId, name: 'Ana', location: 'inRoom' }],
      turnMs: 60_000,
      rounds: 1,
    };
    const replaced = (await accepted(t, t.lead, { type: 'council.start', config })).sessionId;
    await accepted(t, t.lead, { type: 'council.advance', from: 'contracting' });
    expect((await send(t, t.ana, { type: 'council.start', replace: true, config })).status).toBe(403);
    const next = (await accepted(t, t.lead, { type: 'council.start', replace: true, config })).sessionId;
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      const relayDoc = new RelayDoc(room.doc);
      expect(relayDoc.read(councilEntry)?.sessionId).toBe(next);
      expect(relayDoc.read(pastSessionsEntry)?.sessions).toEqual([
        expect.objectContaining({ ending: 'replaced', replacedDuring: 'presenterThinking', session: expect.objectContaining({ sessionId: replaced, phase: 'closed', timer: null }) }),
      ]);
    });
  });

  it('refuses to start a session over a history it cannot read, and leaves both as they were', async () => {
    const t = await team();
    await pstbToChoice(t, 'How do I keep new staff?', 'A buddy for every new teacher', 'Pair buddies before September');
    const newer = { v: 9, sessions: 'kept in another shape by a newer relay' };
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      room.change((doc) => doc.getMap('session').set(pastSessionsEntry.key, newer));
      return room.whenDurable();
    });

    const reply = await startPstb(t, t.lead, true);
    expect([reply.status, reply.body.error.code]).toEqual([409, 'relay_doc_unreadable']);
    expect(reply.body.error.message).toContain('earlier sessions');
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      expect(room.doc.getMap('session').get(pastSessionsEntry.key)).toEqual(newer);
      expect(new RelayDoc(room.doc).read(pstbEntry)?.phase).toBe('benefits');
    });
    // The report still serves what it can read.
    expect(await reportMarkdown(t)).toContain('A buddy for every new teacher');
  });

  it(`refuses a new session once ${maxPastSessions} are kept, rather than drop one`, async () => {
    const t = await team();
    const running = await pstbToChoice(t, 'How do I keep new staff?', 'A buddy for every new teacher', 'Pair buddies before September');
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      const relayDoc = new RelayDoc(room.doc);
      const current = relayDoc.read(pstbEntry);
      if (!current) throw new Error('no session');
      room.change(() => relayDoc.write(pastSessionsEntry, { sessions: Array.from({ length: maxPastSessions }, () => pastSessionOf(current, Date.now())) }));
      return room.whenDurable();
    });
    const reply = await startPstb(t, t.lead, true);
    expect([reply.status, reply.body.error.code]).toEqual([409, 'session_history_full']);
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      expect(new RelayDoc(room.doc).read(pstbEntry)?.sessionId).toBe(running);
      expect(new RelayDoc(room.doc).read(pastSessionsEntry)?.sessions).toHaveLength(maxPastSessions);
    });
  });

  it('refuses garbage and deeply nested start requests without touching the history', async () => {
    const t = await team();
    await pstbToChoice(t, 'How do I keep new staff?', 'A buddy for every new teacher', 'Pair buddies before September');
    let deep: unknown = 'x';
    for (let level = 0; level < 2000; level += 1) deep = { config: deep };
    for (const body of [{ type: 'pstb.start', replace: 'yes', config: {} }, { type: 'pstb.start', replace: true, config: deep }, { type: 'pstb.start', replace: true, config: { presenter: 'x'.repeat(100_000) } }]) {
      const reply = await send(t, t.lead, body);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => {
      expect(new RelayDoc(room.doc).read(pastSessionsEntry)).toBeUndefined();
      expect(new RelayDoc(room.doc).read(pstbEntry)?.phase).toBe('benefits');
    });
  });
});
