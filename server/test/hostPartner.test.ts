import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse } from '@washup/shared/api';
import { addCard, boardDocOf, boardView, createThemeFromCards, type NewCard } from '@washup/shared/board';
import type { HostPartnerState } from '@washup/shared/hostPartner';
import { hostPartnerEntry, RelayDoc } from '@washup/shared/relayDoc';
import { addRedaction, reportDate } from '@washup/shared/report';
import { closeCode } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TeamOf } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();

type Team = TeamOf<'lead' | 'host' | 'ana' | 'observer'> & { themeId: string };

const card = (observation: string, activity: NewCard['activity']): NewCard => newCard(observation, { activity });

/** A board with one theme, written by the Lead Reviewer through a real sync client. */
async function team(): Promise<Team> {
  const t = await boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lee'], host: ['host', 'Hana Head'], ana: ['reviewer', 'Ana'], observer: ['observer', 'Olu'] });
  const writer = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
  await writer.synced;
  const board = boardDocOf(writer.doc);
  const place = { kind: 'lane' as const, headingId: boardView(board).headings[0]!.heading.id, lane: 'strengths' as const };
  const a = addCard(board, card('Pupils read aloud with expression', 'lesson visit'), place);
  const b = addCard(board, card('Reading records show daily practice', 'work scrutiny'), place);
  const themeId = createThemeFromCards(board, a.id, b.id, { title: 'A strong reading culture' }).id;
  await writer.requestAck().acked;
  writer.close();
  return { ...t, themeId };
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

function partnerOf(t: Team): Promise<HostPartnerState | undefined> {
  return t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => new RelayDoc(room.doc).read(hostPartnerEntry));
}

function markdown(t: Team, who: JoinResponse): Promise<string> {
  return fetch(`${t.relay.url}/api/boards/${t.board.id}/report.md`, { headers: { authorization: `Bearer ${who.token}` } }).then((response) => response.text());
}

describe('the host as a partner, on the relay', () => {
  it("records the host's agreement with name and time; the Lead Reviewer, reviewers, observers and the screen cannot set it", async () => {
    const t = await team();
    for (const who of [t.lead, t.ana, t.observer, t.board.invites.screen.token]) {
      const refused = await send(t, who, { type: 'host.agreeTheme', themeId: t.themeId, state: 'agreed' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message.length).toBeGreaterThan(0);
    }
    expect((await partnerOf(t)) ?? null).toBeNull();

    const before = Date.now();
    await accepted(t, t.host, { type: 'host.agreeTheme', themeId: t.themeId, state: 'tested' });
    await accepted(t, t.host, { type: 'host.agreeTheme', themeId: t.themeId, state: 'agreed' });
    const acts = (await partnerOf(t))?.themeActs ?? [];
    expect(acts.map((act) => [act.state, act.by.name, act.by.role])).toEqual([
      ['tested', 'Hana Head', 'host'],
      ['agreed', 'Hana Head', 'host'],
    ]);
    expect(acts[1]!.at).toBeGreaterThanOrEqual(before);
    expect(await markdown(t, t.lead)).toContain(`- **Host agreement:** Agreed with the host (Hana Head, ${reportDate(acts[1]!.at)})`);

    const missing = await send(t, t.host, { type: 'host.agreeTheme', themeId: 'no-such-theme', state: 'agreed' });
    expect(missing.status).toBe(404);
  });

  it("closes the Lead Reviewer's connection when a board write still sets the theme's hostAgreement, and keeps the theme as it was", async () => {
    const t = await team();
    const attacker = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
    await attacker.synced;
    const themes = attacker.doc.getArray<{ key: string; val: Record<string, unknown> }>('themes');
    const stored = themes.toArray().find((entry) => entry.key === t.themeId)!;
    attacker.doc.transact(() => themes.push([{ key: t.themeId, val: { ...stored.val, v: 2, hostAgreement: 'agreed' } }]));
    const closed = await attacker.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toContain("hostAgreement: a theme no longer holds the host's agreement");
    expect(await markdown(t, t.lead)).toContain('- **Host agreement:** Not yet tested with the host');
  });

  it('lets the host propose key questions that the Lead Reviewer accepts into the board or declines, each with who and when', async () => {
    const t = await team();
    await accepted(t, t.host, { type: 'host.proposeKeyQuestion', text: 'How well do leaders develop early reading?' });
    await accepted(t, t.host, { type: 'host.proposeKeyQuestion', text: 'How are parents involved?' });
    expect((await send(t, t.ana, { type: 'host.proposeKeyQuestion', text: 'Mine?' })).status).toBe(403);
    const [first, second] = (await partnerOf(t))?.proposals ?? [];
    expect((await send(t, t.host, { type: 'host.decideProposal', proposalId: first!.id, accept: true })).status).toBe(403);
    await accepted(t, t.lead, { type: 'host.decideProposal', proposalId: first!.id, accept: true });
    await accepted(t, t.lead, { type: 'host.decideProposal', proposalId: second!.id, accept: false });
    const again = await send(t, t.lead, { type: 'host.decideProposal', proposalId: first!.id, accept: true });
    expect(again.status).toBe(409);

    const questions = await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'board' }, (room) => boardDocOf(room.doc).list('keyQuestions'));
    expect(questions.map((question) => [question.id, question.text, question.status])).toEqual([[first!.id, 'How well do leaders develop early reading?', 'agreed']]);
    const proposals = (await partnerOf(t))?.proposals ?? [];
    expect(proposals.map((proposal) => [proposal.decision?.accepted, proposal.decision?.by.name])).toEqual([
      [true, 'Lee'],
      [false, 'Lee'],
    ]);
    const text = await markdown(t, t.lead);
    expect(text).toContain(`1. How well do leaders develop early reading? _(agreed with the host (Hana Head, ${reportDate(proposals[0]!.at)}))_`);
    expect(text).not.toContain('parents');
  });

  it("keeps the host's comments, resolved by the Lead Reviewer, and redacts the host's name in every export", async () => {
    const t = await team();
    await accepted(t, t.host, { type: 'host.commentTheme', themeId: t.themeId, text: 'Year 6 read aloud too' });
    expect((await send(t, t.ana, { type: 'host.commentTheme', themeId: t.themeId, text: 'me too' })).status).toBe(403);
    const [comment] = (await partnerOf(t))?.comments ?? [];
    expect((await send(t, t.ana, { type: 'host.resolveComment', commentId: comment!.id })).status).toBe(403);
    await accepted(t, t.lead, { type: 'host.resolveComment', commentId: comment!.id });
    expect((await partnerOf(t))?.comments[0]?.resolved?.by.name).toBe('Lee');

    await accepted(t, t.host, { type: 'host.agreeTheme', themeId: t.themeId, state: 'agreed' });
    const writer = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
    await writer.synced;
    addRedaction(boardDocOf(writer.doc), { name: 'Hana Head', replacement: 'the headteacher' });
    await writer.requestAck().acked;
    writer.close();
    const text = await markdown(t, t.host);
    expect(text).toContain('Agreed with the host (the headteacher, ');
    expect(text).not.toContain('Hana');
    const docx = await fetch(`${t.relay.url}/api/boards/${t.board.id}/report.docx`, { headers: { authorization: `Bearer ${t.lead.token}` } });
    const parts = Object.values(unzipSync(new Uint8Array(await docx.arrayBuffer()))).map((part) => strFromU8(part));
    expect(parts.join('\n')).toContain('Agreed with the host (the headteacher, ');
    expect(parts.join('\n')).not.toContain('Hana');
  });

  it('refuses garbage, oversized, deeply nested and unknown host commands with a message, and stays up', async () => {
    const t = await team();
    let nested: unknown = 'x';
    for (let depth = 0; depth < 2_000; depth += 1) nested = { a: nested };
    const bodies: unknown[] = [
      { type: 'host.commentTheme', themeId: t.themeId, text: 'x'.repeat(501) },
      { type: 'host.commentTheme', themeId: t.themeId, text: '   ' },
      { type: 'host.commentTheme', themeId: nested, text: 'deep' },
      { type: 'host.proposeKeyQuestion', text: 'x'.repeat(501) },
      { type: 'host.proposeKeyQuestion', text: '\u200b' },
      { type: 'host.agreeTheme', themeId: t.themeId, state: 'maybe' },
      { type: 'host.agreeTheme', themeId: 'x'.repeat(41), state: 'agreed' },
      { type: 'host.agreeTheme', themeId: t.themeId, state: 'agreed', by: { participantId: 'p', name: 'Hana', role: 'host' } },
      { type: 'host.decideProposal', proposalId: 'p1', accept: 'yes' },
      { type: 'host.agreeKeyQuestion' },
      { type: 'host.sign' },
      { type: 'host.agreeTheme', themeId: [t.themeId], state: ['agreed'] },
    ];
    for (const body of bodies) {
      const reply = await send(t, t.host, body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(reply.body.error.message.length).toBeGreaterThan(0);
    }
    const huge = await send(t, t.host, { type: 'host.commentTheme', themeId: t.themeId, text: 'x'.repeat(2_000_000) });
    expect([400, 413]).toContain(huge.status);
    expect((await partnerOf(t)) ?? null).toBeNull();
    expect((await api(t.relay.url, 'GET', '/healthz')).status).toBe(200);
  });
});
