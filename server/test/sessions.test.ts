import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse } from '@washup/shared/api';
import { boardDocOf, newId } from '@washup/shared/board';
import { councilEntry, pstbEntry, RelayDoc, type RelayDocEntry } from '@washup/shared/relayDoc';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TeamOf } from './support/relay';

const startTestRelay = relayPerTest();

type Team = TeamOf<'lead' | 'host' | 'ana' | 'ben' | 'cat' | 'observer'>;

async function team(dataDir?: string): Promise<Team> {
  return boardWithTeam(await startTestRelay({}, dataDir), {
    lead: ['facilitator', 'Lead'],
    host: ['host', 'Hana'],
    ana: ['reviewer', 'Ana'],
    ben: ['reviewer', 'Ben'],
    cat: ['reviewer', 'Cat'],
    observer: ['observer', 'Olu'],
  });
}

type Reply = { ok: boolean; result: { sessionId: string; phase: string; appreciationId?: string } } & ApiError;

function send(t: Team, who: JoinResponse, body: Record<string, unknown>) {
  return api<Reply>(t.relay.url, 'POST', `/api/boards/${t.board.id}/commands`, { token: who.token, body });
}

async function expectAccepted(t: Team, who: JoinResponse, body: Record<string, unknown>): Promise<Reply['result']> {
  const reply = await send(t, who, body);
  expect(reply.body.error?.message ?? null, JSON.stringify(body)).toBeNull();
  expect(reply.status).toBe(200);
  return reply.body.result;
}

function councilSetup(t: Team, turnSeconds = 3) {
  return {
    presenter: { id: t.host.participantId, name: 'Hana' },
    scribe: { id: t.lead.participantId, name: 'Lead' },
    participants: [
      { id: t.ana.participantId, name: 'Ana', location: 'inRoom' },
      { id: t.ben.participantId, name: 'Ben', location: 'remote' },
      { id: t.cat.participantId, name: 'Cat', location: 'inRoom' },
    ],
    turnMs: turnSeconds * 1000,
    rounds: 1,
  };
}

async function watch<T extends object>(t: Team, entry: RelayDocEntry<T>) {
  const client = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}/session`, t.lead.token);
  await client.synced;
  return { client, state: () => new RelayDoc(client.doc).read(entry) };
}

describe('Council sessions on the relay', () => {
  it('runs a round with done, pass, a time-out ended by the relay, and the second chance; only the right people may act', async () => {
    const t = await team();
    const { client, state } = await watch(t, councilEntry);

    expect((await send(t, t.ana, { type: 'council.start', config: councilSetup(t) })).status).toBe(403);
    expect((await send(t, t.lead, { type: 'council.advance', from: 'contracting' })).body.error.code).toBe('no_session');
    const invalid = await send(t, t.lead, { type: 'council.start', config: { ...councilSetup(t), rounds: 0 } });
    expect([invalid.status, invalid.body.error.code]).toEqual([400, 'invalid_config']);
    const unknown = await send(t, t.lead, { type: 'council.shout' });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'invalid_command']);

    const { sessionId } = await expectAccepted(t, t.lead, { type: 'council.start', config: councilSetup(t) });
    expect((await send(t, t.lead, { type: 'council.start', config: councilSetup(t) })).body.error.code).toBe('session_running');
    await expectAccepted(t, t.lead, { type: 'council.advance', from: 'contracting' });
    expect((await send(t, t.observer, { type: 'council.advance', from: 'presenterThinking' })).status).toBe(403);
    await expectAccepted(t, t.lead, { type: 'council.advance', from: 'presenterThinking' });
    await expectAccepted(t, t.host, { type: 'council.setQuestion', question: 'How do we make feedback land with every pupil?' });
    await expectAccepted(t, t.lead, { type: 'council.advance', from: 'question' });
    // The double click: the same advance again names a phase that has already ended.
    expect((await send(t, t.lead, { type: 'council.advance', from: 'question' })).status).toBe(409);

    await waitFor(() => state()?.current?.participantId === t.ana.participantId, 5000, 'Ana speaking');
    expect((await send(t, t.ben, { type: 'council.done', speakerId: t.ana.participantId })).status).toBe(403);
    await expectAccepted(t, t.ana, { type: 'council.done', speakerId: t.ana.participantId });
    await expectAccepted(t, t.ben, { type: 'council.pass', speakerId: t.ben.participantId });
    // Cat says nothing: the relay ends her turn when her three seconds are up, with nobody asking.
    await waitFor(() => state()?.current?.participantId === t.cat.participantId, 5000, 'Cat speaking');
    await waitFor(() => state()?.current?.attempt === 'revisit', 6000, 'the second chance');
    const timedOut = state()!.turns.find((turn) => turn.participantId === t.cat.participantId)!;
    expect([timedOut.outcome, timedOut.usedMs, timedOut.allowedMs]).toEqual(['timeout', 3000, 3000]);
    expect(state()!.current!.participantId).toBe(t.ben.participantId);
    await expectAccepted(t, t.lead, { type: 'council.done', speakerId: t.ben.participantId });
    await waitFor(() => state()?.phase === 'selection', 5000, 'selection');

    const scribe = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
    await scribe.synced;
    const ideaId = newId();
    const now = Date.now();
    boardDocOf(scribe.doc).put('ideas', { id: ideaId, sessionId, round: 1, authorId: t.ana.participantId, authorName: 'Ana', text: 'Pupils write their own success criteria', capturedBy: t.lead.participantId, capturedAt: now });
    await scribe.requestAck().acked;

    expect((await send(t, t.ana, { type: 'council.selectIdea', ideaId })).status).toBe(403);
    await expectAccepted(t, t.host, { type: 'council.selectIdea', ideaId });
    await expectAccepted(t, t.lead, { type: 'council.advance', from: 'selection' });
    const thanks = await expectAccepted(t, t.host, { type: 'council.appreciate', text: 'Thank you for listening so carefully' });
    expect((await send(t, t.observer, { type: 'council.appreciate', text: 'Lovely' })).status).toBe(403);
    await waitFor(() => boardDocOf(scribe.doc).get('appreciations', thanks.appreciationId!) !== undefined, 5000, 'appreciation in the board doc');
    expect(boardDocOf(scribe.doc).get('appreciations', thanks.appreciationId!)).toMatchObject({ authorName: 'Hana', sessionId });

    const report = await fetch(`${t.relay.url}/api/boards/${t.board.id}/report.md?token=${encodeURIComponent(t.lead.token)}`);
    const markdown = await report.text();
    expect(markdown).toContain('How do we make feedback land with every pupil?');
    expect(markdown).toContain('Pupils write their own success criteria');
    scribe.close();
    client.close();
  });

  it('catches up after a restart when a client asks, ending the turn at the moment it ran out', async () => {
    const first = await team();
    await expectAccepted(first, first.lead, { type: 'council.start', config: councilSetup(first) });
    for (const from of ['contracting', 'presenterThinking']) await expectAccepted(first, first.lead, { type: 'council.advance', from });
    await expectAccepted(first, first.lead, { type: 'council.setQuestion', question: 'How?' });
    await expectAccepted(first, first.lead, { type: 'council.advance', from: 'question' });
    await first.relay.stop({ keepData: true });
    await new Promise((resolve) => setTimeout(resolve, 3500));

    const relay = await startTestRelay({}, first.relay.dataDir);
    const t = { ...first, relay };
    const ticked = await expectAccepted(t, t.ben, { type: 'council.tick' });
    expect(ticked.phase).toBe('round');
    const { client, state } = await watch(t, councilEntry);
    const [anaTurn] = state()!.turns;
    expect(anaTurn).toMatchObject({ participantId: t.ana.participantId, outcome: 'timeout', usedMs: 3000 });
    expect(anaTurn!.endedAt - anaTurn!.startedAt).toBe(3000);
    client.close();
  });
});

describe('PSTB sessions on the relay', () => {
  it('runs the steps, lets only the owner choose, and puts the chosen idea and its action in the report', async () => {
    const t = await team();
    const { client, state } = await watch(t, pstbEntry);
    const { sessionId } = await expectAccepted(t, t.lead, { type: 'pstb.start', config: { presenter: { id: t.host.participantId, name: 'Hana' }, contractMinutes: 20 } });
    await expectAccepted(t, t.lead, { type: 'pstb.setContract', contractMinutes: 30 });
    await waitFor(() => state()?.contractMs === 30 * 60_000, 5000, 'contract');
    await expectAccepted(t, t.lead, { type: 'pstb.advance', from: 'contracting' });
    await expectAccepted(t, t.host, { type: 'pstb.setProblem', problem: 'How do I keep new staff?' });
    await expectAccepted(t, t.lead, { type: 'pstb.advance', from: 'problem' });

    const team2 = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.ana.token);
    await team2.synced;
    const ideaId = newId();
    const board = boardDocOf(team2.doc);
    board.put('ideas', { id: ideaId, sessionId, round: 0, authorId: t.ana.participantId, authorName: 'Ana', text: 'A buddy for every new teacher', capturedBy: t.ana.participantId, capturedAt: Date.now() });
    board.put('actions', { id: newId(), sessionId, ideaId, what: 'Pair buddies before September', who: 'Deputy head', when: 'July' });
    await team2.requestAck().acked;

    await expectAccepted(t, t.lead, { type: 'pstb.advance', from: 'ideas' });
    expect((await send(t, t.lead, { type: 'pstb.advance', from: 'selection' })).body.error.code).toBe('selection_empty');
    // The presenter alone chooses: not even the Lead Reviewer may do it for them.
    expect((await send(t, t.lead, { type: 'pstb.selectIdea', ideaId })).status).toBe(403);
    await expectAccepted(t, t.host, { type: 'pstb.selectIdea', ideaId });
    await expectAccepted(t, t.lead, { type: 'pstb.pause' });
    await waitFor(() => state()?.timer?.pausedAt !== undefined, 5000, 'paused');
    expect((await send(t, t.ana, { type: 'pstb.resume' })).status).toBe(403);
    await expectAccepted(t, t.lead, { type: 'pstb.resume' });
    for (const from of ['selection', 'benefits', 'concerns', 'actions']) await expectAccepted(t, t.lead, { type: 'pstb.advance', from });
    await waitFor(() => state()?.phase === 'closed', 5000, 'closed');

    const markdown = await (await fetch(`${t.relay.url}/api/boards/${t.board.id}/report.md?token=${encodeURIComponent(t.host.token)}`)).text();
    expect(markdown).toContain('How do I keep new staff?');
    expect(markdown).toContain('A buddy for every new teacher');
    expect(markdown).toContain('Pair buddies before September');
    team2.close();
    client.close();
  });
});
