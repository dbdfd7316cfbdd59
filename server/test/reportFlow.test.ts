import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse } from '@washup/shared/api';
import { addCard, boardDocOf, boardView, createThemeFromCards, type NewCard } from '@washup/shared/board';
import { canvasDocOf } from '@washup/shared/canvas';
import { RelayDoc, reportFlowEntry } from '@washup/shared/relayDoc';
import { addRedaction } from '@washup/shared/report';
import type { ReportFlowState } from '@washup/shared/reportFlow';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TeamOf } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();

type Team = TeamOf<'lead' | 'host' | 'ana' | 'observer'>;

const card = (observation: string, activity: NewCard['activity']): NewCard => newCard(observation, { activity });

/** A board with one theme whose evidence names a teacher the redaction list replaces, written through a real sync client. */
async function team(): Promise<Team & { writer: RawSyncClient }> {
  const t = await boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lee'], host: ['host', 'Hana'], ana: ['reviewer', 'Ana'], observer: ['observer', 'Olu'] });
  const writer = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
  await writer.synced;
  const board = boardDocOf(writer.doc);
  const heading = boardView(board).headings[0]!.heading.id;
  const place = { kind: 'lane' as const, headingId: heading, lane: 'strengths' as const };
  const a = addCard(board, card("Amy's class read aloud with expression", 'lesson visit'), place);
  const b = addCard(board, card('Reading records show daily practice', 'work scrutiny'), place);
  createThemeFromCards(board, a.id, b.id, { title: 'A strong reading culture' });
  addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
  await writer.requestAck().acked;
  return { ...t, writer };
}

type Reply = { result: null } & ApiError;

function send(t: Team, who: JoinResponse | string, body: unknown) {
  return api<Reply>(t.relay.url, 'POST', `/api/boards/${t.board.id}/commands`, { token: typeof who === 'string' ? who : who.token, body });
}

async function accepted(t: Team, who: JoinResponse, body: unknown): Promise<void> {
  const reply = await send(t, who, body);
  expect(reply.body.error?.message ?? null, JSON.stringify(body)).toBeNull();
  expect(reply.status).toBe(200);
}

function flowOf(t: Team): Promise<ReportFlowState | undefined> {
  return t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => new RelayDoc(room.doc).read(reportFlowEntry));
}

describe('the report flow on the relay', () => {
  it('records draft → shared → comments → agreed → final → version 2 with who and when, keeping the final text', async () => {
    const t = await team();
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.comment', target: { kind: 'report' }, text: 'Amy joined in September, please check the dates' });
    await accepted(t, t.host, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.finalise' });
    const final = await flowOf(t);
    expect(final?.stage).toBe('final');
    expect(final?.steps.map((step) => `${step.step} by ${step.by.name} (${step.by.role})`)).toEqual([
      'shared by Lee (facilitator)',
      'agreed by Hana (host)',
      'agreed by Lee (facilitator)',
      'final by Lee (facilitator)',
    ]);
    // The final version is the host's copy: redacted, no figures, no interpretations.
    const text = final?.finals[0]?.markdown ?? '';
    expect(text).toContain("the class teacher's class read aloud with expression");
    expect(text).not.toMatch(/Amy|Votes|Triangulation/);
    // The comment is stored as the host wrote it; screens show it redacted.
    expect(final?.comments[0]).toMatchObject({ text: 'Amy joined in September, please check the dates', by: { name: 'Hana', role: 'host' }, version: 1 });

    // Only the Lead Reviewer starts version 2 (the report's own words are frozen until then); the board stays open meanwhile.
    expect((await send(t, t.host, { type: 'report.nextVersion' })).body.error.code).toBe('not_allowed');
    const board = boardDocOf(t.writer.doc);
    const theme = boardView(board).headings[0]!.lanes.strengths.themes[0]!.theme.id;
    addCard(board, card('Pupils named favourite authors', 'focus group'), { kind: 'theme', themeId: theme });
    await t.writer.requestAck().acked;
    await accepted(t, t.lead, { type: 'report.nextVersion' });
    expect(await flowOf(t)).toMatchObject({ stage: 'draft', version: 2, agreements: { host: null, lead: null } });
    t.writer.close();
  });

  it('refuses a final version when the report changed after it was agreed', async () => {
    const t = await team();
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.agree' });
    const board = boardDocOf(t.writer.doc);
    addRedaction(board, { name: 'Reading records', replacement: 'Records' });
    await t.writer.requestAck().acked;
    await accepted(t, t.lead, { type: 'report.agree' });
    const refused = await send(t, t.lead, { type: 'report.finalise' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'changed_since_agreed' });
    expect((await flowOf(t))?.stage).toBe('shared');
    t.writer.close();
  });

  it('counts the canvas picture in what was agreed: a new picture after both agreed is a change, and the final text names the picture', async () => {
    const t = await team();
    const canvas = canvasDocOf(t.writer.doc);
    const picture = (assetId: string) => canvas.transact(() => canvas.setReportImage({ assetId, w: 1200, h: 800, putAt: 1 }));
    // The picture shows only while the board redacts no name (a picture cannot be redacted).
    const board = boardDocOf(t.writer.doc);
    for (const rule of board.list('redactions')) board.remove('redactions', rule.id);
    picture('a'.repeat(64));
    await t.writer.requestAck().acked;
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.agree' });
    // The Lead Reviewer puts another picture into the report: what the host agreed no longer shows.
    picture('b'.repeat(64));
    await t.writer.requestAck().acked;
    const refused = await send(t, t.lead, { type: 'report.finalise' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'changed_since_agreed' });
    // Both agree the text with the new picture; the final version names it.
    await accepted(t, t.host, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.finalise' });
    const final = (await flowOf(t))?.finals[0];
    expect(final?.markdown).toContain('## The canvas');
    expect(final?.markdown).toContain('picture bbbbbbbbbbbb, 1200 × 800 pixels.');
    // A name redacted from then on leaves the picture out of the host's copy, so out of what is agreed.
    await accepted(t, t.lead, { type: 'report.nextVersion' });
    addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
    await t.writer.requestAck().acked;
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.finalise' });
    const second = (await flowOf(t))?.finals[1];
    expect(second?.markdown).not.toContain('picture bbbbbbbbbbbb');
    t.writer.close();
  });

  it('lets nobody agree in the host’s name and keeps reviewers and observers out of agreements', async () => {
    const t = await team();
    await accepted(t, t.lead, { type: 'report.share' });
    for (const who of [t.ana, t.observer]) {
      const refused = await send(t, who, { type: 'report.agree' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('not_allowed');
    }
    expect((await send(t, t.ana, { type: 'report.share' })).status).toBe(403);
    expect((await send(t, t.host, { type: 'report.finalise' })).status).toBe(403);
    // An invite link not yet joined by name cannot act either: the record needs a name.
    const viaInvite = await send(t, t.board.invites.host.token, { type: 'report.agree' });
    expect(viaInvite.status).toBe(403);
    expect(viaInvite.body.error.code).toBe('join_first');
    expect((await flowOf(t))?.agreements).toEqual({ host: null, lead: null });
    t.writer.close();
  });

  it('refuses garbage, oversized, deeply nested and unknown report commands with a message, and stays up', async () => {
    const t = await team();
    let nested: unknown = 'x';
    for (let depth = 0; depth < 2_000; depth += 1) nested = { a: nested };
    const bodies: unknown[] = [
      { type: 'report.comment', target: { kind: 'report' }, text: 'x'.repeat(2_001) },
      { type: 'report.comment', target: { kind: 'report' }, text: '   ' },
      { type: 'report.comment', target: { kind: 'theme' }, text: 'no theme id' },
      { type: 'report.comment', target: { kind: 'theme', themeId: 'x'.repeat(65) }, text: 'long id' },
      { type: 'report.comment', target: nested, text: 'deep' },
      { type: 'report.agree', extra: true },
      { type: 'report.resolveComment' },
      { type: 'report.publish' },
      { type: 'report.share', by: { participantId: 'someone', name: 'Hana', role: 'host' } },
    ];
    for (const body of bodies) {
      const reply = await send(t, t.lead, body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(reply.body.error.message.length).toBeGreaterThan(0);
    }
    expect((await flowOf(t)) ?? null).toBeNull();
    expect((await api(t.relay.url, 'GET', '/healthz')).status).toBe(200);
    t.writer.close();
  });
});
