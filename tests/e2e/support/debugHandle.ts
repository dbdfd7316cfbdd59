import type { BrowserContext, Page } from '@playwright/test';

/** The part of the client's `window.washupDebug` these tests use (see client/src/sync/debugHandle.ts). */
interface DebugMap {
  set(key: string, value: unknown): void;
  get(key: string): unknown;
}
export interface DebugWindow {
  washupDebug?: {
    connection: {
      board: { doc: { getMap(name: string): DebugMap } };
      clock: { measured: { get(): boolean } };
      serverNow(): number;
    };
  };
}

/** Switches the client's debug handle on for every page of the context. */
export async function enableDebugHandle(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => window.localStorage.setItem('washup:debug', '1'));
}

/**
 * A local change to the board doc, as a view would make one. The shell has no editing UI of its
 * own yet, so the save-tracking tests write a scratch map through the debug handle.
 */
export async function writeScratch(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([k, v]) => {
      const debug = (window as DebugWindow).washupDebug;
      if (!debug) throw new Error('the debug handle is off: call enableDebugHandle first');
      debug.connection.board.doc.getMap('e2e').set(k, v);
    },
    [key, value] as const,
  );
}

export async function readScratch(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => (window as DebugWindow).washupDebug?.connection.board.doc.getMap('e2e').get(k) ?? null, key);
}

/** How far the client's estimate of the server clock is from this machine's clock (the same clock here), or null before it is measured. */
export async function clockError(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const connection = (window as DebugWindow).washupDebug?.connection;
    if (!connection?.clock.measured.get()) return null;
    return Math.abs(connection.serverNow() - Date.now());
  });
}
