import { describe, expect, it } from 'vitest';
import type { ApiError, JoinResponse } from '@washup/shared/api';
import { addCard, boardDocOf, boardView, createThemeFromCards, narrativeText, type NewCard } from '@washup/shared/board';
import { canvasAssetUploadResponseSchema, canvasDocOf } from '@washup/shared/canvas';
import { RelayDoc, reportFlowEntry, versionCitationsEntry } from '@washup/shared/relayDoc';
import { addRedaction } from '@washup/shared/report';
import { docxXml, styledParagraphs } from './support/docxParts';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TeamOf } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();

type Team = TeamOf<'lead' | 'host' | 'ana'> & { writer: RawSyncClient; themes: { reading: string; marking: string }; cards: string[] };

const card = (observation: string, activity: NewCard['activity']): NewCard => newCard(observation, { activity });

/**
 * A board with two themes (four cards), a summary citing one card, and a redaction list naming a
 * teacher and the host herself, written through a real sync client; the writer stays connected.
 */
async function team(): Promise<Team> {
  const t = await boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lee'], host: ['host', 'Hana Head'], ana: ['reviewer', 'Ana'] });
  const writer = new RawSyncClient(`${t.relay.wsUrl}/${t.board.id}`, t.lead.token);
  await writer.synced;
  const board = boardDocOf(writer.doc);
  const heading = boardView(board).headings[0]!.heading.id;
  const place = { kind: 'lane' as const, headingId: heading, lane: 'strengths' as const };
  const cards = [
    addCard(board, card("Amy's class read aloud with expression", 'lesson visit'), place),
    addCard(board, card('Reading records show daily practice', 'work scrutiny'), place),
    addCard(board, card('Marking varied between classes', 'work scrutiny'), place),
    addCard(board, card('Feedback was rarely acted on', 'lesson visit'), place),
  ].map((added) => added.id);
  const reading = createThemeFromCards(board, cards[0]!, cards[1]!, { title: 'A strong reading culture' }).id;
  const marking = createThemeFromCards(board, cards[2]!, cards[3]!, { title: 'Consistency of feedback' }).id;
  addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
  addRedaction(board, { name: 'Hana Head', replacement: 'the headteacher' });
  await writer.requestAck().acked;
  return { ...t, writer, themes: { reading, marking }, cards };
}

type Reply = { result: null } & ApiError;

async function accepted(t: Team, who: JoinResponse, body: unknown): Promise<void> {
  const reply = await api<Reply>(t.relay.url, 'POST', `/api/boards/${t.board.id}/commands`, { token: who.token, body });
  expect(reply.body.error?.message ?? null, JSON.stringify(body)).toBeNull();
}

async function download(t: Team, who: JoinResponse, path: string): Promise<Response> {
  return fetch(`${t.relay.url}/api/boards/${t.board.id}/${path}`, { headers: { authorization: `Bearer ${who.token}` } });
}

const text = async (t: Team, path: string) => {
  const response = await download(t, t.lead, path);
  expect(response.status, path).toBe(200);
  return response.text();
};
const docx = async (t: Team, path: string) => {
  const response = await download(t, t.lead, path);
  expect(response.status, path).toBe(200);
  return docxXml(new Uint8Array(await response.arrayBuffer()));
};

/** The paragraphs of the appendix in the Word copy: after its heading, to the end. */
function appendixOf(parts: Record<string, string>): string[] {
  const paragraphs = styledParagraphs(parts['word/document.xml'] ?? '');
  const start = paragraphs.findIndex((paragraph) => paragraph.style === 'Heading1' && /^Evidence/.test(paragraph.text));
  return start < 0 ? [] : paragraphs.slice(start).map((paragraph) => paragraph.text);
}

describe('comments in the exports', () => {
  it('are real Word comments anchored to their theme, heading and the title, and a Markdown part, redacted, only when chosen', async () => {
    const t = await team();
    const heading = boardView(boardDocOf(t.writer.doc)).headings[0]!.heading;
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.comment', target: { kind: 'theme', themeId: t.themes.reading }, text: 'Amy joined in September' });
    await accepted(t, t.ana, { type: 'report.comment', target: { kind: 'heading', headingId: heading.id }, text: 'Add the reading lead' });
    await accepted(t, t.host, { type: 'report.comment', target: { kind: 'report' }, text: 'Thank you, from Hana Head' });

    // The host's copy and the default download carry no comment.
    const plain = await docx(t, 'report.docx');
    expect(plain['word/comments.xml']).toBeUndefined();
    expect(await text(t, 'report.md')).not.toContain('## Comments');

    const parts = await docx(t, 'report.docx?comments=1');
    const comments = parts['word/comments.xml'] ?? '';
    const bodies = [...comments.matchAll(/<w:comment [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(([, author, body]) => ({
      author,
      text: [...(body ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' '),
    }));
    expect(bodies.map((comment) => comment.author)).toEqual(['the headteacher', 'Ana', 'the headteacher']);
    expect(bodies[0]?.text).toContain('the class teacher joined in September');
    expect(bodies[2]?.text).toContain('Thank you, from the headteacher');
    for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toMatch(/Amy|Hana/);
    // Each anchored to its paragraph: the range starts in the paragraph of the theme, the heading and the title.
    const anchored = [...(parts['word/document.xml'] ?? '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([paragraph]) => ({ ids: [...paragraph.matchAll(/<w:commentRangeStart w:id="(\d+)"/g)].map((match) => Number(match[1])), text: paragraph.replace(/<[^>]+>/g, '') }))
      .filter((paragraph) => paragraph.ids.length > 0);
    expect(anchored.map((paragraph) => [paragraph.ids, paragraph.text])).toEqual([
      [[2], 'Test review'],
      [[1], heading.title],
      [[0], 'A strong reading culture'],
    ].map(([ids, title]) => [ids, expect.stringContaining(title as string)]));
    expect(parts['word/document.xml']).toMatch(/<w:commentReference w:id="0"\/>/);

    const markdown = await text(t, 'report.md?comments=1');
    expect(markdown).toContain('## Comments');
    expect(markdown).toContain('- **On A strong reading culture:** the class teacher joined in September  \n  _the headteacher (Host leader)');
    expect(markdown).toContain(`- **On ${heading.title}:** Add the reading lead  \n  _Ana (Peer reviewer)`);
    expect(markdown).not.toMatch(/Amy|Hana/);

    // Resolved: still there, saying who resolved it, in Word and in the Markdown.
    const flow = await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => new RelayDoc(room.doc).read(reportFlowEntry));
    await accepted(t, t.lead, { type: 'report.resolveComment', commentId: flow?.comments[1]?.id ?? '' });
    const resolved = await docx(t, 'report.docx?comments=1');
    expect(resolved['word/comments.xml']).toMatch(/Ana \(Peer reviewer\), .*; resolved by Lee, /);
    expect(await text(t, 'report.md?comments=1')).toMatch(/Add the reading lead {2}\n {2}_Ana \(Peer reviewer\), .*; resolved by Lee, /);
    t.writer.close();
  });

  it('refuses a garbage comments choice with the reason', async () => {
    const t = await team();
    const response = await download(t, t.lead, 'report.md?comments=yes');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.message).toMatch(/comments/);
    t.writer.close();
  });
});

describe('a final version with the evidence appendix as chosen', () => {
  it('lists all, the cited or no evidence in its .md and .docx, as the live draft does, and says why Word cannot be remade once the text changed', async () => {
    const t = await team();
    narrativeText(t.writer.doc, 'summary').insert(0, `Reading is a strength [#${t.cards[1]!}].`);
    await t.writer.requestAck().acked;
    await accepted(t, t.lead, { type: 'report.share' });
    await accepted(t, t.host, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.agree' });
    await accepted(t, t.lead, { type: 'report.finalise' });
    const live = (appendix: string) => text(t, `report.md?appendix=${appendix}`);
    const kept = await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'relay' }, (room) => new RelayDoc(room.doc).read(versionCitationsEntry));
    const citedNumber = /- \[(\d)\] Reading records show daily practice/.exec(await live('all'))?.[1];
    expect(kept?.versions.map((version) => [version.version, version.cited])).toEqual([[1, [Number(citedNumber)]]]);

    const version = (appendix: string) => text(t, `report/versions/1/report.md?appendix=${appendix}`);
    const withoutDate = (markdown: string) => markdown.replace(/^Feedback report · .*$/m, '');
    for (const appendix of ['all', 'cited', 'none']) expect(withoutDate(await version(appendix)), appendix).toBe(withoutDate(await live(appendix)));
    expect(await version('cited')).toContain(`## Evidence cited\n\n_The cards the narrative cites, under the numbers it cites them by; cards it does not cite are left out._\n\n- [${citedNumber}] Reading records show daily practice (work scrutiny)\n`);
    expect((await version('cited')).match(/^- \[\d\] /gm)).toHaveLength(1);
    expect(await version('none')).not.toMatch(/## Evidence|- \[1\] /);

    expect(appendixOf(await docx(t, 'report/versions/1/report.docx?appendix=all')).filter((line) => /^\[\d\]/.test(line))).toHaveLength(4);
    const cited = appendixOf(await docx(t, 'report/versions/1/report.docx?appendix=cited'));
    expect(cited[0]).toBe('Evidence cited');
    expect(cited.filter((line) => /^\[\d\]/.test(line))).toEqual([`[${citedNumber}] Reading records show daily practice (work scrutiny)`]);
    expect(appendixOf(await docx(t, 'report/versions/1/report.docx?appendix=none'))).toEqual([]);
    const versionDocx = await download(t, t.lead, 'report/versions/1/report.docx');
    expect(versionDocx.headers.get('content-disposition')).toMatch(/test-review-version-1-feedback-report-\d{4}-\d{2}-\d{2}\.docx/);

    // The board changes: the agreed Markdown stays, with every choice; Word says why it cannot be made again.
    addCard(boardDocOf(t.writer.doc), card('A late card', 'lesson visit'), { kind: 'lane', headingId: boardView(boardDocOf(t.writer.doc)).headings[0]!.heading.id, lane: 'strengths' });
    createThemeFromCards(boardDocOf(t.writer.doc), t.cards[0]!, boardDocOf(t.writer.doc).list('cards').at(-1)!.id, { title: 'Late theme' });
    await t.writer.requestAck().acked;
    expect(await version('cited')).toContain(`- [${citedNumber}] Reading records show daily practice`);
    const changed = await download(t, t.lead, 'report/versions/1/report.docx?appendix=cited');
    expect(changed.status).toBe(409);
    expect(((await changed.json()) as ApiError).error.message).toMatch(/changed since version 1 was made final.*Markdown/);
    t.writer.close();
  });

  it('refuses garbage, oversized and wrong-role requests for a version with a clear message', async () => {
    const t = await team();
    const status = async (who: JoinResponse, path: string) => {
      const response = await download(t, who, path);
      return [response.status, ((await response.json()) as ApiError).error.code] as const;
    };
    expect(await status(t.lead, 'report/versions/1/report.md')).toEqual([404, 'version_not_found']);
    expect((await status(t.lead, 'report/versions/abc/report.md'))[0]).toBe(400);
    expect((await status(t.lead, 'report/versions/0/report.docx'))[0]).toBe(400);
    expect((await status(t.lead, `report/versions/${'9'.repeat(12)}/report.md`))[0]).toBe(400);
    expect((await status(t.lead, 'report/versions/1/report.md?appendix=some&appendix=all'))[0]).toBe(400);
    expect((await status(t.ana, 'report/versions/1/report.md'))[0]).toBe(403);
    t.writer.close();
  });
});

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('the canvas image under the redaction list', () => {
  it('is left out of the .md and the .docx with the line saying why while the board redacts a name', async () => {
    const t = await team();
    const response = await fetch(`${t.relay.url}/api/boards/${t.board.id}/assets`, { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${t.lead.token}` }, body: onePixelPng });
    const stored = canvasAssetUploadResponseSchema.parse(await response.json());
    const canvas = canvasDocOf(t.writer.doc);
    canvas.transact(() => canvas.setReportImage({ assetId: stored.assetId, w: 1, h: 1, putAt: 1 }));
    await t.writer.requestAck().acked;

    const markdown = await text(t, 'report.md');
    expect(markdown).not.toContain('data:image/png');
    expect(markdown).toContain('## The canvas\n\n_The canvas image is left out of this report: it is a picture, so the 2 names this report redacts cannot be taken out of it');
    const parts = await docx(t, 'report.docx');
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(parts['word/document.xml']).toContain('The canvas image is left out of this report');
    t.writer.close();
  });
});
