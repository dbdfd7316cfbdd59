import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

const phone = { width: 390, height: 844 };
const laptop = { width: 1366, height: 768 };
const projector = { width: 1920, height: 1080 };

function openView(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: label }).click();
}

/** What each view loaded on demand shows the Lead Reviewer once its code has arrived. */
const viewsOnDemand = [
  { label: 'Vote', shown: (page: Page) => page.getByRole('form', { name: 'Open a dot vote' }) },
  { label: 'Council', shown: (page: Page) => page.getByRole('heading', { name: 'Set up the Council Process' }) },
  { label: 'PSTB', shown: (page: Page) => page.getByRole('heading', { name: 'Set up Problem Solving Team Building' }) },
  { label: 'Report', shown: (page: Page) => page.getByRole('region', { name: 'Report options' }) },
] as const;

test('a view opened for the first time on slow wifi says it is loading, then shows, while the rest of the board stays', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Hillside Academy · QA Review');
  // No service worker here: it would fetch every view's code in the background, which is the next test's point.
  const context = await browser.newContext({ baseURL, viewport: laptop, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(board.invites.facilitator.url);
  await joinAs(page, 'Lee Morgan', 'In the room');
  await expect(connectionStatus(page)).toHaveText(/Connected|All changes saved/);

  // The Council's code is held back, as a slow connection would, until the loading state has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/CouncilView-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openView(page, 'Council');
  const loading = page.getByRole('status').filter({ hasText: 'Loading the Council view…' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Council' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('banner')).toContainText('Hillside Academy · QA Review');
  for (const [name, viewport] of [['phone', phone], ['laptop', laptop], ['projector', projector]] as const) {
    await page.setViewportSize(viewport);
    await snapshot(page, `view-loading-${name}-${viewport.width}x${viewport.height}`, (file) => testInfo.outputPath(file));
  }
  release();
  await expect(page.getByRole('heading', { name: 'Set up the Council Process' })).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test('once the app is on the device, every view opens offline, also those never opened before', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Hillside Academy · QA Review');
  const context = await browser.newContext({ baseURL, viewport: laptop });
  const page = await context.newPage();
  await page.goto(board.invites.facilitator.url);
  await joinAs(page, 'Lee Morgan', 'In the room');
  await expect(connectionStatus(page)).toHaveText(/Connected|All changes saved/);
  // The service worker has installed: it fetched every chunk of the build, not only the board's.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Hillside Academy · QA Review');
  for (const view of viewsOnDemand) {
    await openView(page, view.label);
    await expect(view.shown(page), view.label).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'stopped working' })).toHaveCount(0);
  }
  await context.setOffline(false);
});
