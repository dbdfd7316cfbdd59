import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromiumPath';
import { defineConfig } from './tests/e2e/support/playwright';

/**
 * Browser tests: Debian's Chromium (or CHROMIUM_PATH) against the real relay, which the worker
 * starts on a free port with its own data (tests/e2e/support/fixtures.ts). Build the client first:
 * `pnpm test:e2e` runs `vite build && playwright test`. One test at a time: every test already
 * runs two to five browsers on the machine's two cores, and on a slower day (5 December 2026) a
 * second test beside them doubled their time, so that four ran out of their minute (the same with
 * the build before). `--workers=2` still works for a quick local run on a faster machine.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    // A failed test keeps its trace: each action with the page's DOM before and after it. Not the
    // trace's screenshots: they come from a screencast that copies, encodes and ships every frame
    // of every page while the test runs, whether it fails or not. Measured on 6 December 2026,
    // five devices in a Council round: 1.9 of 5 s of the machine's CPU for the screencast alone,
    // so a test beside a busy core paid more for its own recording than for the app.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
});
