import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromiumPath';
import { defineConfig } from './tests/e2e/support/playwright';

/** The tests with four or more devices on one board: each keeps a core busy on its own. */
const roomOfDevices = /[\\/](council|councilClocks|follow|privateLearning|pstb|screen|voting)\.spec\.ts$/;

/**
 * Browser tests: Debian's Chromium (or CHROMIUM_PATH) against the real relay, which each worker
 * starts on a free port with its own data (tests/e2e/support/fixtures.ts). Build the client first:
 * `pnpm test:e2e` runs `vite build && playwright test`. On two cores, two whole rooms of browsers
 * at once starve each other, so those run one at a time beside the lighter tests.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Listed first, so one worker starts a room while the other, held back by its limit, takes the lighter tests.
  projects: [
    { name: 'room of devices', testMatch: roomOfDevices, workers: 1 },
    { name: 'few devices', testIgnore: roomOfDevices },
  ],
});
