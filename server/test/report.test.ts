import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@washup/shared/api';
import { addCard, addKeyQuestion, boardDocOf, boardView, createThemeFromCards, docName, editThemeSummary, joinTheme, narrativeText, type BoardDoc, type NewCard } from '@washup/shared/board';
import { addRedaction, buildReport, redactReport, renderMarkdown, reportDate } from '@washup/shared/report';
import { namedBoard, namedBoardArb } from '../../shared/test/report/support/namedBoardArb';
import { survivingNames } from '../../shared/test/report/support/nameOracle';
import { addTheme, closedCouncilRun, generatedAt, qaBoard } from '../../shared/test/report/support/reportBoard';
import { renderDocx } from '../src/report/renderDocx';
import { docxXml, styledParagraphs } from './support/docxParts';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, relayPerTest } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();

const card = (observation: string, overrides: Partial<NewCard> = {}): NewCard => newCard(observation, { authorName: 'Rae Reviewer', capturedAt: Date.now(), ...overrides });

/** A QA Review with two themes under Leadership, an inbox card and a redaction list. */
const byHanaToday = () => `(Hana Head, ${reportDate(Date.now())})`;

function writeReview(board: BoardDoc): { reading: string; marking: string } {
  const lead = boardView(board).headings[0]!.heading.id;
  const question = addKeyQuestion(board, { text: 'How well do leaders develop reading?', status: 'agreed' });
  const lane = (observation: string, overrides: Partial<NewCard> = {}) =>
    addCard(board, card(observation, { keyQuestionIds: [question.id], ...overrides }), { kind: 'lane', headingId: lead, lane: overrides.valence === 'nextStep' ? 'nextSteps' : 'strengths' });
  const a = lane("Amy's Year 5 class read aloud with expression", { stakeholder: 'pupils', site: 'Year 5' });
  const b = lane('Reading records show daily practice', { activity: 'work scrutiny' });
  const reading = createThemeFromCards(board, b.id, a.id, { title: 'A strong reading culture' }).id;
  joinTheme(board, lane('Pupils said Mr Jones reads to them every day', { activity: 'focus group', stakeholder: 'pupils' }).id, reading);
  editThemeSummary(board, reading, 'Leaders, including Mr Jones, have built a reading culture pupils talk about with pride.');
  const c = lane('Marking varied between classes', { valence: 'nextStep', interpretation: 'Policy not embedded' });
  const d = lane('Feedback in books was rarely acted on', { valence: 'nextStep', activity: 'work scrutiny' });
  const marking = createThemeFromCards(board, d.id, c.id, { title: 'Consistency of feedback' }).id;
  addCard(board, card('INBOX: not yet sorted'));
  addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
  addRedaction(board, { name: 'Mr Jones', replacement: 'the headteacher' });
  return { reading, marking };
}

/** A relay with the review written by the Lead Reviewer through a real sync client. */
async function reviewOnRelay() {
  const relay = await startTestRelay();
  const board = await createBoard(relay.url, 'Riverside Academy');
  const lead = await join(relay.url, board, 'facilitator', 'Lee Lead');
  const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, lead.token);
  await writer.synced;
  const themes = writeReview(boardDocOf(writer.doc));
  await writer.requestAck().acked;
  writer.close();
  // The Lead Reviewer's private learning lives in their private doc, which no report reads.
  const own = new RawSyncClient(`${relay.wsUrl}/${docName({ boardId: board.id, kind: 'private', participantId: lead.participantId })}`, lead.token);
  await own.synced;
  addCard(boardDocOf(own.doc), card('PRIVATE: try triads back at our school', { privateLearning: true, authorId: lead.participantId }));
  await own.requestAck().acked;
  own.close();
  // The host records their own agreement with each theme, through the relay.
  const host = await join(relay.url, board, 'host', 'Hana Head');
  for (const [themeId, state] of [[themes.reading, 'agreed'], [themes.marking, 'tested']] as const) {
    const agreed = await api(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: host.token, body: { type: 'host.agreeTheme', themeId, state } });
    expect(agreed.status).toBe(200);
  }
  return { relay, board, lead, host, ...themes };
}

describe('report downloads', () => {
  it('gives the facilitator a Word file with real headings, a table of contents, a table of themes and numbered evidence, redacted', async () => {
    const { relay, board, lead, marking } = await reviewOnRelay();

    // A revealed vote gives the next step its count; the other theme was never offered.
    const command = (body: Record<string, unknown>) => api<{ result: { roundId: string } }>(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: lead.token, body });
    const roundId = (await command({ type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['nextSteps'] } })).body.result.roundId;
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    await api(relay.url, 'POST', `/api/boards/${board.id}/ballots`, { token: sam.token, body: { roundId, allocations: { nextSteps: { [marking]: 1 } } } });
    await command({ type: 'vote.close', roundId });
    await command({ type: 'vote.reveal', roundId });

    // The Lead Reviewer's working copy, with the votes and triangulation figures chosen.
    const response = await fetch(`${relay.url}/api/boards/${board.id}/report.docx?figures=1`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="riverside-academy-feedback-report-\d{4}-\d{2}-\d{2}\.docx"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const parts = docxXml(new Uint8Array(await response.arrayBuffer()));
    const documentXml = parts['word/document.xml'] ?? '';
    const paragraphs = styledParagraphs(documentXml);
    const styled = (style: string) => paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
    expect(styled('Title')).toEqual(['Riverside Academy']);
    expect(styled('Heading1')).toEqual([
      'Key questions',
      'Summary of themes',
      'Leadership at all levels',
      'Quality of provision and outcomes',
      'Quality of provision and outcomes for disadvantaged pupils and pupils with additional needs',
      'Area of Excellence',
      'Evidence',
    ]);
    expect(styled('Heading2').slice(0, 2)).toEqual(['What went well', 'Even better if']);
    // A table of contents Word keeps up to date (a TOC field over headings 1-2), already listing the headings.
    expect(documentXml).toMatch(/TOC \\h \\o "1-2"/);
    expect(styled('TOC1')).toContain('Leadership at all levels');
    expect(styled('TOC2')).toContain('What went well');
    expect(documentXml).toContain('PAGE');
    expect(styled('Heading3')).toEqual(['A strong reading culture', 'Consistency of feedback']);
    const texts = paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Leaders, including the headteacher, have built a reading culture pupils talk about with pride.');
    expect(texts).toContain('[1] the class teacher\'s Year 5 class read aloud with expression (lesson visit · pupils · Year 5)');
    expect(texts).toContain('[3] Pupils said the headteacher reads to them every day (focus group · pupils)');
    expect(texts.some((text) => text.startsWith('[5] '))).toBe(true);
    expect(texts).toContain(`Host agreement: Agreed with the host ${byHanaToday()}`);
    expect(texts).toContain('Votes: 1 vote');
    expect(texts).toContain('1. How well do leaders develop reading?');

    // The table of themes: header row, then one row per theme in reading order.
    const tableXml = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const rows = [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cellXml]) => styledParagraphs(cellXml).map((p) => p.text).join(' ')),
    );
    expect(rows).toEqual([
      ['Heading', 'Lane', 'Theme', 'Votes', 'Triangulation', 'Host agreement'],
      ['Leadership at all levels', 'What went well', 'A strong reading culture', 'Not voted on', '3 sources, 3 cards', `Agreed with the host ${byHanaToday()}`],
      ['Leadership at all levels', 'Even better if', 'Consistency of feedback', '1 vote', '2 sources, 2 cards', `Tested with the host ${byHanaToday()}`],
    ]);

    const everything = Object.values(parts).join('\n');
    for (const hidden of ['Amy', 'Mr Jones', 'PRIVATE', 'INBOX', 'Rae Reviewer', 'Policy not embedded']) expect(everything).not.toContain(hidden);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Riverside Academy</dc:title>');

    const withInterpretation = await fetch(`${relay.url}/api/boards/${board.id}/report.docx?interpretation=1&token=${encodeURIComponent(lead.token)}`);
    expect(docxXml(new Uint8Array(await withInterpretation.arrayBuffer()))['word/document.xml']).toContain('Policy not embedded');
  });

  it("leaves votes and triangulation figures out unless asked, in both formats (the host's copy)", async () => {
    const { relay, board, host } = await reviewOnRelay();
    const download = (format: 'md' | 'docx', query = '') =>
      fetch(`${relay.url}/api/boards/${board.id}/report.${format}${query}`, { headers: { authorization: `Bearer ${host.token}` } });

    const docx = await download('docx');
    expect(docx.status).toBe(200);
    const documentXml = docxXml(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'] ?? '';
    const tableXml = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const header = [...(/<w:tr[ >][\s\S]*?<\/w:tr>/.exec(tableXml)?.[0] ?? '').matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cellXml]) => styledParagraphs(cellXml).map((p) => p.text).join(' '));
    expect(header).toEqual(['Heading', 'Lane', 'Theme', 'Host agreement']);
    const texts = styledParagraphs(documentXml).map((paragraph) => paragraph.text);
    expect(texts).toContain(`Host agreement: Agreed with the host ${byHanaToday()}`);
    expect(texts.filter((text) => /^(Votes|Triangulation):/.test(text))).toEqual([]);
    expect(documentXml).not.toMatch(/\d sources?, \d cards?|Not voted on|\d votes?\b/);

    const markdown = await (await download('md')).text();
    expect(markdown).toContain('| Heading | Lane | Theme | Host agreement |');
    expect(markdown).not.toMatch(/Votes|Triangulation|Not voted on|sources?, \d cards?/);
    const withFigures = await (await download('md', '?figures=1')).text();
    expect(withFigures).toContain('| Heading | Lane | Theme | Votes | Triangulation | Host agreement |');
    expect(withFigures).toContain('- **Triangulation:** ');

    for (const query of ['?figures=2', '?figures=yes', `?figures=${'1'.repeat(5_000)}`, '?figures=1&figures=0']) {
      const refused = await api<ApiError>(relay.url, 'GET', `/api/boards/${board.id}/report.md${query}`, { token: host.token });
      expect(refused.status, query.slice(0, 40)).toBe(400);
      expect(refused.body.error.message).toMatch(/figures/);
    }
  });

  it('gives the host the Markdown file by ?token=, and refuses reviewers and observers with the JSON error', async () => {
    const { relay, board, host } = await reviewOnRelay();

    const markdown = await fetch(`${relay.url}/api/boards/${board.id}/report.md?token=${encodeURIComponent(host.token)}`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toMatch(/^attachment; filename="riverside-academy-feedback-report-\d{4}-\d{2}-\d{2}\.md"$/);
    const text = await markdown.text();
    expect(text).toContain('## Leadership at all levels\n\n**Estimate:** Not yet estimated\n\n### What went well\n\n#### A strong reading culture');
    expect(text).toContain("- [1] the class teacher's Year 5 class read aloud with expression (lesson visit · pupils · Year 5)");
    expect(text).not.toMatch(/Amy|Mr Jones|PRIVATE|INBOX/);
    // An invite link (not yet joined by name) is enough for the host too.
    expect((await fetch(`${relay.url}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${board.invites.host.token}` } })).status).toBe(200);

    const reviewer = await join(relay.url, board, 'reviewer', 'Sam');
    for (const token of [reviewer.token, board.invites.reviewer.token, board.invites.observer.token]) {
      for (const format of ['md', 'docx']) {
        const refused = await api<ApiError>(relay.url, 'GET', `/api/boards/${board.id}/report.${format}`, { token });
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('forbidden');
        expect(refused.body.error.message).toContain('download the report');
      }
    }
    expect((await api<ApiError>(relay.url, 'GET', `/api/boards/${board.id}/report.md`)).status).toBe(401);
    const other = await createBoard(relay.url, 'Other');
    expect((await api<ApiError>(relay.url, 'GET', `/api/boards/${board.id}/report.md`, { token: other.invites.facilitator.token })).status).toBe(403);
  });
});

describe('estimates, the evidence appendix and page numbers in the Word export', () => {
  it('prints each estimate as set through the relay, an off-scale one as unreadable, the appendix as chosen, and "Page N of M" fields', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url, 'Riverside Academy');
    const lead = await join(relay.url, board, 'facilitator', 'Lee Lead');
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, lead.token);
    await writer.synced;
    const doc = boardDocOf(writer.doc);
    writeReview(doc);
    const [leadership, provision] = boardView(doc).headings.map((entry) => entry.heading.id);
    const cited = buildReport(doc, { generatedAt }).sections[0]!.lanes[0]!.themes[0]!.evidence[1]!.cardId;
    doc.put('estimates', { id: leadership!, point: 'Effective' });
    // Stored by a Washup whose scale said otherwise: kept, and shown as unreadable.
    doc.put('estimates', { id: provision!, point: 'Outstanding' });
    narrativeText(writer.doc, 'summary').insert(0, `Reading is a strength [#${cited}].`);
    await writer.requestAck().acked;
    writer.close();

    const download = async (query: string) => {
      const response = await fetch(`${relay.url}/api/boards/${board.id}/report.docx${query}`, { headers: { authorization: `Bearer ${lead.token}` } });
      expect(response.status).toBe(200);
      return docxXml(new Uint8Array(await response.arrayBuffer()));
    };
    const parts = await download('?appendix=cited');
    const paragraphs = styledParagraphs(parts['word/document.xml'] ?? '');
    const texts = paragraphs.map((paragraph) => paragraph.text);
    const headingAt = (heading: string) => paragraphs.findIndex((paragraph) => paragraph.style === 'Heading1' && paragraph.text === heading);
    const after = (heading: string) => texts[headingAt(heading) + 1];
    expect(after('Leadership at all levels')).toBe('Estimate: Effective');
    expect(after('Quality of provision and outcomes')).toBe(
      'Estimate: Unreadable: “Outstanding” is not on this review’s scale (Leading, Effective, Working towards effective, Not effective)',
    );
    expect(after('Quality of provision and outcomes for disadvantaged pupils and pupils with additional needs')).toBe('Estimate: Not yet estimated');
    expect(after('Area of Excellence')).not.toMatch(/^Estimate/);
    expect(texts).toContain('Reading is a strength [2].');
    expect(texts).toContain('Evidence: [1] [2] [3]');
    // Only the cited card, under the number the summary prints.
    const appendix = texts.slice(headingAt('Evidence cited'));
    expect(headingAt('Evidence cited')).toBeGreaterThan(headingAt('Area of Excellence'));
    expect(after('Evidence cited')).toMatch(/^The cards the narrative cites/);
    expect(appendix.filter((text) => /^\[\d+\] /.test(text))).toEqual(['[2] Reading records show daily practice (work scrutiny)']);
    // "Page N of M": PAGE and NUMPAGES fields in the footer.
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');

    const none = styledParagraphs((await download('?appendix=none'))['word/document.xml'] ?? '').map((paragraph) => paragraph.text);
    expect(none.filter((text) => /^(Evidence|Evidence cited)$|^\[\d+\] /.test(text))).toEqual([]);
    expect(none).toContain('Evidence: [1] [2] [3]');
    const all = styledParagraphs((await download(''))['word/document.xml'] ?? '').map((paragraph) => paragraph.text);
    expect(all.filter((text) => /^\[\d+\] /.test(text)).map((text) => text.slice(0, 4))).toEqual(['[1] ', '[2] ', '[3] ', '[4] ', '[5] ']);

    for (const query of ['?appendix=some', '?appendix=', `?appendix=${'all'.repeat(2_000)}`, '?appendix=all&appendix=none']) {
      const refused = await api<ApiError>(relay.url, 'GET', `/api/boards/${board.id}/report.docx${query}`, { token: lead.token });
      expect(refused.status, query.slice(0, 40)).toBe(400);
      expect(refused.body.error.message).toMatch(/appendix/);
    }
  });
});

describe('the area of challenge in the Word export', () => {
  it("prints each session's record under its question, in counts", async () => {
    const board = qaBoard();
    board.put('ideas', { id: 'i1', sessionId: 's1', round: 1, authorId: 'a', authorName: 'Ana', text: 'Buddy every new teacher', capturedBy: 'a', capturedAt: 1 });
    const report = buildReport(board, { generatedAt, outcomes: [{ sessionId: 's1', question: 'How do I keep new teachers?', selectedIdeaIds: ['i1'], run: closedCouncilRun }] });
    const texts = styledParagraphs(docxXml(new Uint8Array(await renderDocx(report)))['word/document.xml'] ?? '').map((paragraph) => paragraph.text);
    const question = texts.indexOf('Question: How do I keep new teachers?');
    expect(texts.slice(question, question + 2)).toEqual([
      'Question: How do I keep new teachers?',
      'Session record: 1 round; 3 participants spoke for 2 min 30 s in all; 1 idea offered; 0 passes; the host chose 1.',
    ]);
  });
});

describe('redaction in the Word export (property)', () => {
  it('leaves no listed name in any XML part of the .docx, nor in the Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(namedBoardArb, async (spec) => {
        const { board, outcomes } = namedBoard(spec);
        const names = spec.rules.map((rule) => rule.name);
        const report = redactReport(buildReport(board, { generatedAt, outcomes, includeInterpretation: spec.includeInterpretation }), spec.rules);
        const parts = docxXml(new Uint8Array(await renderDocx(report)));
        expect(survivingNames(Object.values(parts).join('\n'), names)).toEqual([]);
        expect(survivingNames(renderMarkdown(report), names)).toEqual([]);
        // The names were there to be removed.
        const unredacted = docxXml(new Uint8Array(await renderDocx(buildReport(board, { generatedAt, outcomes }))));
        expect(survivingNames(unredacted['word/document.xml'] ?? '', names).length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('drops characters XML cannot hold, so Word still opens a file made from pasted text', async () => {
    const board = qaBoard();
    addTheme(board, { id: 't', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'Pasted\u0007 notes', cards: [{ observation: 'Bell\u0007 and \uD800 lone half, emoji 📚 kept' }] });
    const documentXml = docxXml(new Uint8Array(await renderDocx(buildReport(board, { generatedAt }))))['word/document.xml'] ?? '';
    expect(documentXml).toContain('Bell and  lone half, emoji 📚 kept');
    expect(documentXml).toContain('Pasted notes');
    expect(documentXml.includes('\u0007') || documentXml.includes('\uD800')).toBe(false);
  });
});
