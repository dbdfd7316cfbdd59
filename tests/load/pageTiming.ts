import type { CDPSession, Page } from '@playwright/test';

/** Chromium's own counters for one page (seconds, as `Performance.getMetrics` reports them). */
export interface MainThreadTotals {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
}

export async function mainThreadTotals(cdp: CDPSession): Promise<MainThreadTotals> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    scriptMs: seconds('ScriptDuration') * 1000,
    taskMs: seconds('TaskDuration') * 1000,
    layoutMs: seconds('LayoutDuration') * 1000,
    styleMs: seconds('RecalcStyleDuration') * 1000,
  };
}

export function difference(after: MainThreadTotals, before: MainThreadTotals): MainThreadTotals {
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
    layoutMs: after.layoutMs - before.layoutMs,
    styleMs: after.styleMs - before.styleMs,
  };
}

/**
 * Milliseconds from navigation start to the first animation frame in which the board is usable:
 * every one of its `headings` is in the page with its lanes, and the first card's drag handle
 * and "Move to…" button are there. A frame runs only once the main thread is free, so this is when
 * the board answers a click, not merely when it was painted. (Long lanes show their first cards
 * and closed themes; the rest are a click away, so "every card rendered" is no longer the mark.)
 */
export async function usableAfterNavigation(page: Page, headings: number): Promise<number> {
  const handle = await page.waitForFunction(
    (count) => {
      const rows = document.querySelectorAll('section.heading-row');
      const card = document.querySelector('article[data-card-id]');
      return rows.length >= count && card?.querySelector('.drag-handle') && card.querySelector('.place-menu__open') ? performance.now() : false;
    },
    headings,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

export interface TimedClick {
  /** From dispatching the click to the end of the work it queued at once: the write, React's render and commit. */
  handlerMs: number;
  /** From dispatching the click to the next frame's start, after style and layout of the change. */
  nextFrameMs: number;
}

/**
 * Clicks `selector` from inside the page and times it there. Playwright's own click would run its
 * injected scripts (hit tests, scrolling) in the same renderer and blur the script-time figures.
 */
export function clickTimedInPage(page: Page, selector: string): Promise<TimedClick> {
  return page.evaluate(
    (target) =>
      new Promise<TimedClick>((resolve, reject) => {
        const button = document.querySelector<HTMLElement>(target);
        if (!button) {
          reject(new Error(`nothing matches ${target}`));
          return;
        }
        setTimeout(() => {
          const start = performance.now();
          let handlerMs = 0;
          button.click();
          // Queued after the render React queued during the click, so it runs once that has committed.
          queueMicrotask(() => (handlerMs = performance.now() - start));
          requestAnimationFrame(() => setTimeout(() => resolve({ handlerMs, nextFrameMs: performance.now() - start })));
        }, 50);
      }),
    selector,
  );
}
