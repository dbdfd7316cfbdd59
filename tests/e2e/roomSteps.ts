import { expect, type Browser, type Page } from '@playwright/test';
import { addCard, boardView, createThemeFromCards, type BoardDoc } from '@washup/shared/board';

/** Steps the room specs (following the Lead Reviewer, the screen link) share. */

export const shotsDir = '/tmp/roomFollow-shots';

/** A laptop the size most school laptops are. */
export const schoolLaptop = { width: 1366, height: 768 };

/** Two themes of two cards in the first heading's strengths: enough for a dot vote. */
export function seedTwoThemes(board: BoardDoc): void {
  const headingId = boardView(board).headings[0]!.heading.id;
  for (const title of ['Pupils explain their reasoning', 'Calm, purposeful corridors']) {
    const card = (n: number) =>
      addCard(
        board,
        {
          observation: `${title}: observation ${n}`,
          activity: n === 1 ? 'lesson visit' : 'interview',
          keyQuestionIds: [],
          valence: 'strength',
          counterEvidence: false,
          authorId: 'rae',
          authorName: 'Rae',
          capturedAt: Date.now(),
        },
        { kind: 'lane', headingId, lane: 'strengths' },
      );
    const first = card(1);
    createThemeFromCards(board, card(2).id, first.id, { title });
  }
}

/** The screen link opened on a projector's browser: no name asked, the screen page straight away. */
export async function openScreen(browser: Browser, baseURL: string, url: string, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page).toHaveURL(/\/screen#invite=/);
  await expect(page.getByTestId('screen')).toBeVisible();
  return page;
}

/** The participant token this device joined with, for setting the scene through the relay's API. */
export function participantOf(page: Page, boardId: string): Promise<{ token: string; participantId: string; name: string }> {
  return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null') as { token: string; participantId: string; name: string }, `washup:participant:${boardId}`);
}

/** Whether the whole of `selector`'s first match is inside the viewport as the page first shows it (no scrolling). */
export async function expectOnFirstScreen(page: Page, what: ReturnType<Page['locator']>): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await what.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'the element has a box').not.toBeNull();
  expect(box!.y, 'its top is on screen').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'its bottom is on the first screen').toBeLessThanOrEqual(viewport.height);
}

/** The page itself does not scroll, either way. */
export async function expectNoScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    height: window.innerHeight,
    width: window.innerWidth,
  }));
  expect(size.scrollHeight, 'no vertical scroll').toBeLessThanOrEqual(size.height);
  expect(size.scrollWidth, 'no sideways scroll').toBeLessThanOrEqual(size.width);
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shotsDir}/${name}.png`, animations: 'disabled' });
}
