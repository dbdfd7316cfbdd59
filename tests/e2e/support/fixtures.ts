import { test as base, expect, type Page } from '@playwright/test';
import { E2ERelay } from './relay';

interface TestFixtures {
  /** Closes every device a test opened, when the test ends however it ends (below). */
  devicesClosedAfterTest: void;
}

interface WorkerFixtures {
  /** One relay per worker, started before its first test and stopped after its last. */
  relay: E2ERelay;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /**
   * A device is a browser context, and the worker's one browser outlives every test. Playwright
   * closes only the context it made itself, so a device a test opened and did not close (a test
   * that failed half-way, or forgot) stayed open for the rest of the run: its page kept its socket
   * to the relay, its timers and its painting, and by the sixtieth test about twenty such pages
   * shared the two cores with the test being run, which then ran out of its minute.
   */
  devicesClosedAfterTest: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
  relay: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use) => {
      const relay = await E2ERelay.start();
      try {
        await use(relay);
      } finally {
        await relay.dispose();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ relay }, use) => {
    await use(relay.url);
  },
});

export { expect };

/**
 * Saves a screenshot into this test's folder under test-results/: what the device's screen shows
 * from the top of the page. `wholePage` draws the whole page instead, for a page whose length is
 * the point (a report); it lays out and paints every part of it, which on a busy machine costs seconds.
 */
export async function snapshot(page: Page, name: string, outputPath: (name: string) => string, { wholePage = false } = {}): Promise<void> {
  // From the top, so a sticky header is drawn where it belongs rather than where the page was scrolled.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: outputPath(`${name}.png`), fullPage: wholePage, animations: 'disabled' });
}
