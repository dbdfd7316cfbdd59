/**
 * The root playwright.config.ts imports Playwright through here: `@playwright/test` is a dependency
 * of the tests package, so it resolves from this folder, and the CLI and the config share one copy.
 */
export { chromium, defineConfig, devices } from '@playwright/test';
export type { PlaywrightTestConfig } from '@playwright/test';
