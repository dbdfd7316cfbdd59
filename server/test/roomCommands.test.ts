import { describe, expect, it } from 'vitest';
import type { ApiError, CreateBoardResponse, JoinResponse } from '@washup/shared/api';
import { presentationEntry, RelayDoc, timeboxEntry } from '@washup/shared/relayDoc';
import { timerRemainingMs } from '@washup/shared/session';
import { seedThemes } from './support/boardContent';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

interface Room {
  relay: TestRelay;
  board: CreateBoardResponse;
  lead: JoinResponse;
  ana: JoinResponse;
  host: JoinResponse;
}

async function room(): Promise<Room> {
  return boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lead'], ana: ['reviewer', 'Ana'], host: ['host', 'Hana'] });
}

function send(r: Room, token: string, body: unknown) {
  return api<{ ok: boolean; result: { roundId?: string } | null } & ApiError>(r.relay.url, 'POST', `/api/boards/${r.board.id}/commands`, { token, body });
}

async function relayDocOf(r: Room) {
  const client = new RawSyncClient(`${r.relay.wsUrl}/${r.board.id}/session`, r.ana.token);
  await client.synced;
  return { client, relayDoc: new RelayDoc(client.doc) };
}

const voteConfig = { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: true };

describe('presenting to the room', () => {
  it('lets the Lead Reviewer alone bring everyone to a view; every device sees each presentation', async () => {
    const r = await room();
    const { client, relayDoc } = await relayDocOf(r);
    expect((await send(r, r.lead.token, { type: 'present.show', view: 'board', place: { kind: 'overview' } })).status).toBe(200);
    await waitFor(() => relayDoc.read(presentationEntry)?.serial === 1, 5000, 'the presentation');
    expect(relayDoc.read(presentationEntry)).toMatchObject({ view: 'board', place: { kind: 'overview' }, roundId: null, presentedBy: r.lead.participantId });

    for (const who of [r.ana, r.host]) {
      const refused = await send(r, who.token, { type: 'present.show', view: 'vote' });
      expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    }
    const viaInvite = await send(r, r.board.invites.facilitator.token, { type: 'present.show', view: 'vote' });
    expect([viaInvite.status, viaInvite.body.error.code]).toEqual([403, 'join_first']);

    const unknownRound = await send(r, r.lead.token, { type: 'present.show', view: 'vote', roundId: 'nosuchround' });
    expect([unknownRound.status, unknownRound.body.error.code]).toEqual([404, 'round_not_found']);
    expect(relayDoc.read(presentationEntry)?.serial).toBe(1);

    await send(r, r.lead.token, { type: 'present.show', view: 'council' });
    await waitFor(() => relayDoc.read(presentationEntry)?.view === 'council', 5000, 'the second presentation');
    expect(relayDoc.read(presentationEntry)?.serial).toBe(2);
    client.close();
  });

  it('refuses garbage, oversized and deeply nested presentations with 400 and a message', async () => {
    const r = await room();
    const bad: unknown[] = [
      { type: 'present.show' },
      { type: 'present.show', view: 'admin' },
      { type: 'present.show', view: 'board', place: { kind: 'filter', filter: { text: 'x'.repeat(10_000) } } },
      { type: 'present.show', view: 'board', place: JSON.parse('{"kind":"overview","a":' + '['.repeat(500) + ']'.repeat(500) + '}') as unknown },
      { type: 'present.show', view: 'board', place: 'overview' },
      { type: 'present.hide' },
    ];
    for (const body of bad) {
      const reply = await send(r, r.lead.token, body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(reply.body.error.message.length).toBeGreaterThan(0);
    }
  });
});

describe('timeboxes on the relay', () => {
  it('start, move by a minute, tie to the open vote and end, on the relay clock; only the Lead Reviewer sets them', async () => {
    const r = await room();
    const { client, relayDoc } = await relayDocOf(r);
    const started = Date.now();
    expect((await send(r, r.lead.token, { type: 'timebox.start', label: 'Cluster Leadership', minutes: 10 })).status).toBe(200);
    await waitFor(() => relayDoc.read(timeboxEntry) !== undefined, 5000, 'the timebox');
    const box = relayDoc.read(timeboxEntry)!;
    expect(box).toMatchObject({ label: 'Cluster Leadership', roundId: null, endedAt: null });
    expect(box.timer.startedAt).toBeGreaterThanOrEqual(started);
    expect(timerRemainingMs(box.timer, box.timer.startedAt)).toBe(600_000);

    expect((await send(r, r.ana.token, { type: 'timebox.addMinute' })).status).toBe(403);
    expect((await send(r, r.host.token, { type: 'timebox.end' })).status).toBe(403);
    await send(r, r.lead.token, { type: 'timebox.addMinute' });
    await waitFor(() => relayDoc.read(timeboxEntry)?.timer.durationMs === 660_000, 5000, 'the extra minute');

    const writer = new RawSyncClient(`${r.relay.wsUrl}/${r.board.id}`, r.ana.token);
    await writer.synced;
    await seedThemes(writer, 1, ['strengths']);
    writer.close();
    const { body } = await send(r, r.lead.token, { type: 'vote.open', config: voteConfig });
    expect(body.error?.message ?? null).toBeNull();
    const roundId = body.result?.roundId;
    expect((await send(r, r.lead.token, { type: 'timebox.start', label: 'Vote closes', minutes: 5, roundId: 'nosuchround' })).status).toBe(404);
    expect((await send(r, r.lead.token, { type: 'timebox.start', label: 'Vote closes', minutes: 5, roundId })).status).toBe(200);
    await waitFor(() => relayDoc.read(timeboxEntry)?.roundId === roundId, 5000, 'the vote timebox');

    await send(r, r.lead.token, { type: 'timebox.end' });
    await waitFor(() => relayDoc.read(timeboxEntry)?.endedAt !== null, 5000, 'the end');
    const ended = await send(r, r.lead.token, { type: 'timebox.pause' });
    expect([ended.status, ended.body.error.code]).toEqual([409, 'no_timer']);
    client.close();
  });

  it('refuses silly timeboxes with 400', async () => {
    const r = await room();
    for (const body of [
      { type: 'timebox.start', label: 'x', minutes: 0 },
      { type: 'timebox.start', label: 'x', minutes: 100_000 },
      { type: 'timebox.start', label: '', minutes: 5 },
      { type: 'timebox.start', label: 'x'.repeat(100_000), minutes: 5 },
      { type: 'timebox.start', label: { nested: true }, minutes: 5 },
      { type: 'timebox.explode' },
    ]) {
      expect((await send(r, r.lead.token, body)).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
  });
});
