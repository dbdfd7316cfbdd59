import type { Browser, Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinAs } from './support/boardPages';
import { projectorAt150 } from './support/devices';
import { expect, test } from './support/fixtures';
import { seedBoardAtScale } from '../load/boardAtScale';

const shots = '/tmp/roomBoard-shots';

async function joinAt(browser: Browser, baseURL: string, invite: string, name: string, options: { viewport: { width: number; height: number }; deviceScaleFactor?: number; mobile?: boolean }): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    ...(options.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(invite);
  await joinAs(page, name, 'In the room');
  return page;
}

/** Whether the page scrolls in either direction. */
const scrolls = (page: Page) =>
  page.evaluate(() => ({
    down: document.documentElement.scrollHeight > window.innerHeight,
    sideways: document.documentElement.scrollWidth > window.innerWidth,
  }));

test('a 200-card board: the overview fits one 1080p screen, reads at 1280×720 at 150 %, and a cell takes a device to its lane', async ({ browser, request, relay }) => {
  // Seven headings (the most of any template), 200 cards, 30 themes.
  const board = await createBoardByApi(request, 'Northfield Trust · peer review', 'cst-trust-framework');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    seedBoardAtScale(doc.doc, { cards: 200, themes: 30 });
  });
  const lead = await joinAt(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', { viewport: { width: 1920, height: 1080 } });
  // A 1280×720 projector at 150 %: 853×480 CSS pixels.
  const projector = await joinAt(browser, relay.url, board.invites.observer.url, 'Room screen', { viewport: projectorAt150.viewport, deviceScaleFactor: projectorAt150.deviceScaleFactor });

  for (const page of [lead, projector]) await page.getByRole('button', { name: 'Overview' }).click();
  const overview = (page: Page) => page.getByRole('region', { name: 'Overview' });
  await expect(overview(lead)).toContainText('200 cards · 20 in the inbox');
  await expect(overview(lead).getByRole('row')).toHaveCount(8);
  // Every heading × lane, on one 1080p screen with no scrolling.
  expect(await scrolls(lead)).toEqual({ down: false, sideways: false });
  const box = await overview(lead).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
  await lead.screenshot({ path: `${shots}/overview-1920x1080.png` });

  // The projector at 1280×720 and 150 %: nothing sideways, theme titles at a readable size and width.
  expect((await scrolls(projector)).sideways).toBe(false);
  const titles = overview(projector).locator('.overview__title');
  await expect(titles.first()).toBeVisible();
  const sizes = await titles.evaluateAll((elements) => elements.map((element) => ({ font: parseFloat(getComputedStyle(element).fontSize), width: element.getBoundingClientRect().width })));
  for (const size of sizes) {
    expect(size.font).toBeGreaterThanOrEqual(14);
    expect(size.width).toBeGreaterThanOrEqual(120);
  }
  await projector.screenshot({ path: `${shots}/overview-1280x720@1.5.png` });

  // A cell takes the projector to that lane, with the heading's title in view, not under a sticky bar.
  const cell = overview(projector).getByRole('button', { name: /^Go to School improvement · Challenges: / });
  await cell.click();
  await expect(overview(projector)).toHaveCount(0);
  const heading = projector.getByRole('heading', { level: 3, name: 'School improvement' });
  await expect(heading).toBeInViewport();
  const lane = projector.getByRole('region', { name: 'School improvement', exact: true }).getByRole('region', { name: 'Challenges', exact: true });
  await expect(lane).toBeInViewport();
  const banner = await projector.getByRole('banner').boundingBox();
  const title = await heading.boundingBox();
  if (!banner || !title) throw new Error('the banner or the heading is not laid out');
  expect(title.y).toBeGreaterThanOrEqual(banner.y + banner.height - 1);
  await projector.screenshot({ path: `${shots}/board-lane-1280x720@1.5.png` });

  // A theme on the Lead Reviewer's overview opens that theme on the board.
  const themeButton = overview(lead).getByRole('button', { name: /^Theme 3:.* cards in the theme/ });
  await themeButton.click();
  const opened = lead.getByRole('region', { name: /^Theme: Theme 3:/ });
  await expect(opened).toBeInViewport();
  await expect(opened.getByRole('button', { name: /^Collapse theme / })).toBeFocused();
  await expect(opened.getByRole('article')).toHaveCount(2);

});

test('lanes are usable on a 1366×768 laptop, and a phone reads the board as compact rows', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    seedBoardAtScale(doc.doc, { cards: 120, themes: 40 });
  });
  const laptop = await joinAt(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', { viewport: { width: 1366, height: 768 } });
  const phone = await joinAt(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: { width: 390, height: 844 }, mobile: true });

  // The inbox column takes under a fifth of the width; each lane at least a quarter.
  const side = await laptop.getByRole('complementary', { name: 'Capture and inbox' }).boundingBox();
  const lane = await laptop.getByRole('region', { name: 'Our impact', exact: true }).getByRole('region', { name: 'Strengths', exact: true }).boundingBox();
  if (!side || !lane) throw new Error('the side column or the lane is not laid out');
  expect(side.width / 1366).toBeLessThan(0.2);
  expect(lane.width / 1366).toBeGreaterThan(0.25);
  // Five themes in a lane start closed: title, count and meter, no cards; one opens on its own.
  const themes = laptop.getByRole('region', { name: 'Our impact', exact: true }).getByRole('region', { name: /^Theme: / });
  await expect(themes).toHaveCount(10);
  await expect(themes.getByRole('article')).toHaveCount(0);
  await expect(themes.first().getByRole('list', { name: 'Triangulation' })).toBeVisible();
  await themes.first().getByRole('button', { name: /^Expand theme / }).click();
  await expect(themes.first().getByRole('article')).toHaveCount(2);
  await laptop.getByRole('button', { name: 'Expand all themes' }).click();
  await expect(themes.getByRole('article')).toHaveCount(20);
  await laptop.getByRole('button', { name: 'Collapse all themes' }).click();
  await expect(themes.getByRole('article')).toHaveCount(0);
  await laptop.screenshot({ path: `${shots}/board-1366x768.png` });
  await laptop.getByRole('button', { name: 'Overview' }).click();
  expect(await scrolls(laptop)).toEqual({ down: false, sideways: false });
  await laptop.screenshot({ path: `${shots}/overview-1366x768.png` });

  // The host's phone: compact rows, nothing sideways; a row opens into the whole card.
  expect((await scrolls(phone)).sideways).toBe(false);
  const row = phone.getByRole('region', { name: 'Our impact', exact: true }).getByRole('region', { name: 'Strengths', exact: true }).getByRole('article').first();
  await row.scrollIntoViewIfNeeded();
  await expect(row).not.toContainText('Reviewer');
  await row.getByRole('button', { name: /^Show all of / }).click();
  await expect(row).toContainText(/Reviewer \d/);
  await phone.screenshot({ path: `${shots}/board-390x844.png` });
  await phone.getByRole('button', { name: 'Overview' }).click();
  expect((await scrolls(phone)).sideways).toBe(false);
  await phone.screenshot({ path: `${shots}/overview-390x844.png` });

});
