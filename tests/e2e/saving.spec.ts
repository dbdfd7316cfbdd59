import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { clockError, enableDebugHandle, readScratch, writeScratch } from './support/debugHandle';
import { expect, snapshot, test } from './support/fixtures';
import { startAppOnlyServer } from './support/appOnlyServer';

test('changes made while the relay is away are counted, then saved when it returns', async ({ browser, baseURL, relay, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Riverside Academy · SPP enquiry', 'spp-enquiry');
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await enableDebugHandle(context);
  const page = await context.newPage();
  await page.goto(board.invites.reviewer.url);
  await joinAs(page, 'Chloe Adeyemi', 'In the room');
  await expect(connectionStatus(page)).toHaveText(/All changes saved/);
  // The server clock is estimated (relay and browser share this machine's clock, so the error is tiny).
  await expect.poll(() => clockError(page)).not.toBeNull();
  expect(await clockError(page)).toBeLessThan(1_000);

  await relay.pause();
  let appOnly: { close(): Promise<void> } | null = null;
  try {
    await expect(connectionStatus(page)).toHaveText(/Reconnecting|Offline/);
    await writeScratch(page, 'first', 'seen on the learning walk');
    await writeScratch(page, 'second', 'pupils talk confidently about reading');
    await expect(connectionStatus(page)).toHaveText(/^Offline · 2 unsaved changes/);

    // A reload while offline: the board comes back from this device, and still knows what is unsaved.
    appOnly = await startAppOnlyServer(relay.port);
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('Riverside Academy · SPP enquiry');
    await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
    await expect(connectionStatus(page)).toHaveText(/^Offline · 2 unsaved changes/);
    expect(await readScratch(page, 'first')).toBe('seen on the learning walk');
    await snapshot(page, 'offline-390x844', (name) => testInfo.outputPath(name));
  } finally {
    await appOnly?.close();
    await relay.resume();
  }
  await expect(connectionStatus(page)).toHaveText(/All changes saved/, { timeout: 20_000 });

  // Someone else opening the board now gets what was written offline.
  const observerContext = await browser.newContext({ baseURL });
  await enableDebugHandle(observerContext);
  const observer = await observerContext.newPage();
  await observer.goto(board.invites.observer.url);
  await joinAs(observer, 'Dev Patel', 'Remote');
  await expect(connectionStatus(observer)).toHaveText(/Connected/);
  await expect.poll(() => readScratch(observer, 'second')).toBe('pupils talk confidently about reading');

});
