import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else a browser that
 * Playwright installed itself (`undefined` lets Playwright use it). With none, stops with a message.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright has no browser of its own registered.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install it with `apt-get install chromium` (Debian), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Chromium 156's headless mode preloads the address bar's WebUI popups (chrome://omnibox-popup, in
 * a renderer of their own) for every new window, and each new context is a new window: about 400
 * chrome:// scripts and as much main-thread time as the board's own join, for an address bar no
 * test uses. Measured on 6 December 2026: a new context and page took 540–750 ms with them and
 * 280–500 ms without, with four renderers fewer beside four pages.
 */
const unusedBrowserUi = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * What Playwright 1.65 disables itself (its chromiumSwitches.ts). Chromium honours only the last
 * `--disable-features` on its command line, and Playwright puts its own first, so ours must repeat
 * it; tests/e2e/testBrowser.spec.ts fails if Playwright's list grows past this one.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const chromiumArgs = [
  `--disable-features=${[...playwrightDisabledFeatures, ...unusedBrowserUi].join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
