import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import type { BoardDoc, Card, Heading, KeyQuestion, Theme } from '@washup/shared/board';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { enableDebugHandle } from './support/debugHandle';
import { expect } from './support/fixtures';

/** The part of the client's debug handle the report specs use: the open board's typed doc. */
interface BoardWindow {
  washupDebug?: {
    connection: {
      board: Pick<BoardDoc, 'list' | 'put' | 'transact'>;
      privateDoc: Pick<BoardDoc, 'put'> | null;
      identity: { participantId: string };
    };
  };
}

interface Evidence {
  question: KeyQuestion;
  themes: Theme[];
  cards: Card[];
}

/** A review's evidence: three themes (two under Leadership, one in the Area of Excellence) and a reviewer-learning card. */
function evidenceFor(leadership: string, excellence: string): Evidence {
  const question: KeyQuestion = { id: 'kq-reading', text: 'How well do leaders develop a love of reading?', order: 'a0', status: 'agreed' };
  const theme = (id: string, headingId: string, lane: Theme['lane'], title: string): Theme => ({ id, headingId, lane, title, summary: '', order: 'a0' });
  const themes = [
    theme('th-reading', leadership, 'strengths', 'A strong reading culture'),
    theme('th-feedback', leadership, 'nextSteps', 'Consistency of feedback'),
    theme('th-oracy', excellence, 'strengths', 'Oracy across the school'),
  ];
  let next = 0;
  const card = (observation: string, where: Theme | null, overrides: Partial<Card> = {}): Card => ({
    id: `card-${++next}`,
    observation,
    activity: 'lesson visit',
    keyQuestionIds: [question.id],
    valence: where?.lane === 'nextSteps' ? 'nextStep' : 'strength',
    counterEvidence: false,
    privateLearning: false,
    authorId: 'seed',
    authorName: 'Rae Reviewer',
    capturedAt: 1_760_000_000_000 + next,
    placement: where ? { headingId: where.headingId, lane: where.lane, themeId: where.id, order: `a${next}` } : null,
    ...overrides,
  });
  const [reading, feedback, oracy] = themes as [Theme, Theme, Theme];
  const cards = [
    card("Amy's Year 5 class read aloud with expression", reading, { stakeholder: 'pupils', site: 'Year 5' }),
    card('Reading records show daily practice at home', reading, { activity: 'work scrutiny' }),
    card('Pupils named favourite authors and recent books', reading, { activity: 'focus group', stakeholder: 'pupils' }),
    card('Feedback in books was rarely acted on', feedback, { activity: 'work scrutiny' }),
    card('Marking varied between parallel classes', feedback),
    card('Oracy routines are used in every lesson seen', oracy, { activity: 'learning walk' }),
    card('Pupils debate with confidence in assemblies', oracy, { activity: 'meeting observed', stakeholder: 'pupils' }),
    card('PRIVATE: take triads home', null, { privateLearning: true, valence: 'neutral' }),
  ];
  return { question, themes, cards };
}

/**
 * Writes the evidence from the Lead Reviewer's page, through its own connection, as a device
 * that captured and clustered the cards would. (The board view that does that is not built yet.)
 */
export async function writeEvidence(page: Page): Promise<void> {
  const headings = await page.evaluate(() => (window as BoardWindow).washupDebug?.connection.board.list('headings') ?? []);
  const ordered = headings.sort((a: Heading, b: Heading) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const evidence = evidenceFor(ordered[0]!.id, ordered.find((heading) => heading.panel)!.id);
  await page.evaluate(({ question, themes, cards }) => {
    const connection = (window as BoardWindow).washupDebug?.connection;
    if (!connection?.privateDoc) throw new Error('the debug handle is off');
    const { board, privateDoc, identity } = connection;
    board.transact(() => {
      board.put('keyQuestions', question);
      for (const theme of themes) board.put('themes', theme);
      for (const card of cards) if (!card.privateLearning) board.put('cards', card);
    });
    // Reviewer learning lives in its author's own private doc, never in the board doc.
    for (const card of cards) if (card.privateLearning) privateDoc.put('cards', { ...card, authorId: identity.participantId });
  }, evidence);
}

export async function openReport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Riverside Academy' })).toBeVisible();
}

export async function downloadFrom(page: Page, button: string, saveAs: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await download.saveAs(saveAs);
  return { name: download.suggestedFilename(), bytes: readFileSync(saveAs) };
}

/** Stores an estimate straight into the board from the page's connection, as a Washup whose scale differs would have written it. */
export async function storeEstimate(page: Page, headingTitle: string, point: string): Promise<void> {
  await page.evaluate(
    ([title, value]) => {
      const board = (window as BoardWindow).washupDebug?.connection.board;
      const heading = board?.list('headings').find((entry) => entry.title === title);
      if (!board || !heading) throw new Error(`no heading ${title}, or the debug handle is off`);
      board.put('estimates', { id: heading.id, point: value });
    },
    [headingTitle, point] as const,
  );
}

/**
 * How every report spec starts: a board, and its Lead Reviewer (Lee Morgan, in the room) on a
 * device of `viewport` with the debug handle, on the Report tab with the review's evidence written.
 * Page errors are collected in `problems`.
 */
export async function leadOnReport(
  { browser, baseURL, request }: { browser: Browser; baseURL: string | undefined; request: APIRequestContext },
  viewport: { width: number; height: number },
  problems: string[],
): Promise<{ board: CreateBoardResponse; lead: Page }> {
  const board = await createBoardByApi(request, 'Riverside Academy');
  const context = await browser.newContext({ baseURL, viewport, acceptDownloads: true });
  await enableDebugHandle(context);
  const lead = await context.newPage();
  lead.on('pageerror', (error) => problems.push(error.message));
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Morgan', 'In the room');
  await openReport(lead);
  await writeEvidence(lead);
  return { board, lead };
}

