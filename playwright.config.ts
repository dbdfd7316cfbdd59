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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
