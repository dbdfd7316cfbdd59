import type { Browser, Page } from '@playwright/test';
import { joinAs } from './boardPages';

export const projector = { width: 1920, height: 1080 };
export const laptop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };
/** A 1280×720 projector with its screen scaled to 150 %: 853×480 CSS pixels, each 1.5 device pixels. */
export const projectorAt150: Device = { viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 };

export interface Device {
  viewport: { width: number; height: number };
  /** A touch phone: the mobile viewport, touch events and a dense screen. */
  mobile?: boolean;
  /** Device pixels per CSS pixel, for a screen scaled up (a phone's is set by `mobile`). */
  deviceScaleFactor?: number;
  /** How far this device's clock is from the truth. */
  clockSkewMs?: number;
  location?: 'In the room' | 'Remote';
}

export interface JoinOptions {
  /** Collects uncaught errors and console errors, so a spec can require there were none. */
  problems?: string[];
  /** Runs once the page exists and before it opens the invite, to watch its traffic from the start. */
  beforeJoin?: (page: Page) => void;
}

/**
 * One person on their own device: a fresh browser context that opens the invite and joins. A skewed
 * clock replaces `Date.now`, the clock the app reads, before any of the app's code runs, while
 * `performance.timeOrigin + performance.now()` stays true for the spec to measure against.
 */
export async function joinOnDevice(browser: Browser, baseURL: string, invite: string, name: string, device: Device, options: JoinOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: device.viewport,
    deviceScaleFactor: device.deviceScaleFactor ?? 1,
    ...(device.mobile ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  if (device.clockSkewMs) {
    await context.addInitScript((skewMs: number) => {
      const trueNow = Date.now.bind(Date);
      Date.now = () => trueNow() + skewMs;
    }, device.clockSkewMs);
  }
  const { problems } = options;
  if (problems) context.on('weberror', (error) => problems.push(`${name}: ${error.error().message}`));
  const page = await context.newPage();
  if (problems) {
    page.on('console', (message) => {
      // The browser logs every refused request (a 4xx) as an error; specs refuse some on purpose.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`${name}: ${message.text()}`);
    });
  }
  options.beforeJoin?.(page);
  await page.goto(invite);
  await joinAs(page, name, device.location ?? 'In the room');
  return page;
}
