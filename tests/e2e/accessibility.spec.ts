import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { createThemeFromCards } from '@washup/shared/board';
import { addEvidence, laneTarget } from './boardEvidence';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
  { name: 'desktop', viewport: { width: 1366, height: 768 }, mobile: false },
] as const;

/** Serious and critical axe violations on the page as it stands, one line each, for the failure message. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Nothing left out. The experimental rule that a name holds the visible words (WCAG 2.5.3) runs too.
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join(' | ')}`);
}

type Size = (typeof sizes)[number];

/**
 * A board with two themes and a second device on it (so presence and the vote have someone else in
 * them), and the device under check at `size`, not yet on the board. Each view's serious and
 * critical violations are kept by name, and the test ends by requiring there were none.
 */
async function axeRoom(browser: Browser, request: APIRequestContext, relayUrl: string, size: Size) {
  const board = await createBoardByApi(request, 'Axe check · SPP enquiry', 'spp-enquiry');
  await writeBoardDoc(relayUrl, board.id, board.invites.reviewer.token, (doc) => {
    const cards = addEvidence(doc, (index) => (index < 2 ? laneTarget(doc, 'Our impact', 'strengths') : laneTarget(doc, 'Looking forward', 'nextSteps')));
    createThemeFromCards(doc, cards[1]!.id, cards[0]!.id, { title: 'Pupils explain their reasoning' });
    createThemeFromCards(doc, cards[3]!.id, cards[2]!.id, { title: 'Written reasoning in books' });
  });
  const context = await browser.newContext({ baseURL: relayUrl, viewport: size.viewport, reducedMotion: 'reduce', ...(size.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
  const other = await (await browser.newContext({ baseURL: relayUrl })).newPage();
  await other.goto(board.invites.reviewer.url);
  await joinAs(other, 'Ben Reviewer', 'Remote');
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  const check = async (view: string) => {
    found[view] = await seriousViolations(page);
  };
  const joinAsLead = async () => {
    await joinAs(page, 'Lena Lead', 'In the room');
    await expect(page.getByRole('heading', { name: 'Our impact' })).toBeVisible();
  };
  const tabs = page.getByRole('navigation', { name: 'Board views' });
  const open = async (label: string, ready: () => Promise<void>) => {
    await tabs.getByRole('link', { name: label, exact: true }).click();
    await ready();
    await check(label.toLowerCase());
  };
  const expectNoneFound = () => expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
  return { board, page, check, joinAsLead, open, expectNoneFound };
}

// Each size in two tests (fourteen views analysed in full: axe takes seconds a view), so that each fits the default minute with a core taken.
for (const size of sizes) {
  test(`the landing page, joining, the board, its overview, capture and the dialogs pass axe with no serious or critical violations on a ${size.name}`, async ({ browser, request, relay }) => {
    const { board, page, check, joinAsLead, open, expectNoneFound } = await axeRoom(browser, request, relay.url, size);
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Join code' })).toBeVisible();
    await check('landing');
    // Asked for less motion, the page moves nothing: transitions and animations are cut to nothing.
    expect(await page.getByRole('button', { name: 'Join', exact: true }).evaluate((button) => getComputedStyle(button).transitionDuration)).toMatch(/^1e-05s|0s$/);
    // Keyboard: the code box is reached by Tab and shows where the focus is.
    await page.keyboard.press('Tab');
    await page.getByRole('textbox', { name: 'Join code' }).focus();
    expect(await page.getByRole('textbox', { name: 'Join code' }).evaluate((input) => getComputedStyle(input).boxShadow !== 'none' || getComputedStyle(input).outlineStyle !== 'none')).toBe(true);
    await page.goto(board.invites.facilitator.url);
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
    await check('join');
    await joinAsLead();
    await check('board');
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Overview', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await check('overview');
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await open('Capture', () => expect(page.getByRole('textbox', { name: /Observation/ })).toBeVisible());

    await page.getByRole('button', { name: 'People and links' }).click();
    await expect(page.getByRole('dialog', { name: 'People and links' }).getByRole('listitem').filter({ hasText: 'Ben Reviewer' })).toBeVisible();
    await check('people dialog');
    await page.getByRole('dialog', { name: 'People and links' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Board history' }).click();
    await expect(page.getByRole('dialog', { name: 'Board history' })).toBeVisible();
    await check('board history');
    expectNoneFound();
  });

  test(`the vote, its ballot, Council, PSTB, the canvas, the report and the screen link pass axe with no serious or critical violations on a ${size.name}`, async ({ browser, request, relay }) => {
    const { board, page, check, joinAsLead, open, expectNoneFound } = await axeRoom(browser, request, relay.url, size);
    await page.goto(board.invites.facilitator.url);
    await joinAsLead();
    await open('Vote', () => expect(page.getByRole('form', { name: 'Open a dot vote' })).toBeVisible());
    await page.getByRole('form', { name: 'Open a dot vote' }).getByRole('button', { name: 'Open the vote' }).click();
    await expect(page.getByRole('button', { name: /Add a dot/ }).first()).toBeVisible();
    await check('ballot');
    await open('Council', () => expect(page.getByRole('main')).not.toContainText('Loading'));
    await open('PSTB', () => expect(page.getByRole('main')).not.toContainText('Loading'));
    await open('Canvas', () => expect(page.getByTestId('canvas-stage').locator('.tl-canvas')).toBeVisible({ timeout: 20_000 }));
    await open('Report', () => expect(page.getByRole('main').getByRole('table').first()).toBeVisible());

    // The screen link, as a projector (or a phone checking it) opens it.
    await page.goto(board.invites.screen.url);
    await expect(page.getByTestId('screen')).toBeVisible();
    await check('screen link');
    expectNoneFound();
  });
}
