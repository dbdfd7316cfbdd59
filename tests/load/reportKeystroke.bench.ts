// One keystroke in the report's summary on a board at review scale, in Chromium: the Report tab
// shows the whole report (every theme, its evidence, the appendix) built from the board, and each
// keystroke in a narrative part changes the board. Prints what one keystroke costs the page: the
// time from the key to the next frame, measured in the page, and Chromium's script and task time.
//
//   node --import tsx tests/load/reportKeystroke.bench.ts        (needs the built client: npx vite build)
//
// BENCH_REPORT_CARDS, BENCH_REPORT_THEMES and BENCH_REPORT_KEYS change the scale and the count;
// BENCH_REPORT_CLIENT_DIST serves another client build (to compare before and after a change).
import type { Browser, Page } from '@playwright/test';
import { difference, mainThreadTotals } from './pageTiming';
import { median, percentile } from './report';
import { withSeededBoardInChromium } from './seededBoardInChromium';

const scale = { cards: Number(process.env.BENCH_REPORT_CARDS ?? 2000), themes: Number(process.env.BENCH_REPORT_THEMES ?? 100) };
const keys = Number(process.env.BENCH_REPORT_KEYS ?? 40);
const clientDist = process.env.BENCH_REPORT_CLIENT_DIST;
const viewport = { width: 1366, height: 768 };

/** Records, in the page, the time from each key going down to the next frame: the keystroke's write, the report's rebuild and React's render. */
function recordKeystrokes(page: Page): Promise<void> {
  return page.evaluate(() => {
    const frames: number[] = [];
    Object.assign(window, { benchKeystrokes: frames });
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => frames.push(performance.now() - start));
      },
      { capture: true },
    );
  });
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

async function measure(browser: Browser, inviteUrl: string): Promise<void> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(inviteUrl);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
  await page.getByRole('button', { name: 'Join board' }).click();
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
  const opened = Date.now();
  await page.getByRole('button', { name: /^(Write|Edit) overall summary$/ }).click({ timeout: 120_000 });
  const field = page.locator('textarea.report-text__input');
  await field.waitFor();
  console.log(`the Report tab with its summary field open in ${Date.now() - opened} ms`);
  await field.focus();
  await recordKeystrokes(page);
  // A few keys first: code V8 has not optimised yet is not what a writer feels after a sentence.
  for (const key of 'Warm ') await page.keyboard.press(key === ' ' ? 'Space' : key);
  await nextFrame(page);
  await page.evaluate(() => (window as unknown as { benchKeystrokes: number[] }).benchKeystrokes.splice(0));

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await mainThreadTotals(cdp);
  const text = 'Leaders have built a reading culture pupils talk about with pride and care ';
  for (let at = 0; at < keys; at++) {
    const key = text[at % text.length] ?? 'a';
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await nextFrame(page);
  }
  const totals = difference(await mainThreadTotals(cdp), before);
  const frames = await page.evaluate(() => (window as unknown as { benchKeystrokes: number[] }).benchKeystrokes);
  await cdp.detach();
  await context.close();

  console.log(`\n| Report keystroke (${scale.cards} cards, ${scale.themes} themes, Chromium ${viewport.width}×${viewport.height}) | median | p90 | max |`);
  console.log('|---|---:|---:|---:|');
  const row = (label: string, values: number[]) =>
    console.log(`| ${label} | ${(median(values) ?? NaN).toFixed(1)} | ${(percentile(Float64Array.from(values).sort(), 90) ?? NaN).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`);
  row('one keystroke in the summary: key down to next frame, in the page (ms)', frames);
  console.log(`| one keystroke: script time, CDP ScriptDuration, mean of ${keys} (ms) | ${(totals.scriptMs / keys).toFixed(1)} | | |`);
  console.log(`| one keystroke: all main-thread tasks, CDP TaskDuration, mean of ${keys} (ms) | ${(totals.taskMs / keys).toFixed(1)} | | |`);
  console.log('\nTarget: a keystroke reaches the screen within 50 ms (one frame at 20 fps), whatever the board\'s size.');
}

async function main(): Promise<void> {
  await withSeededBoardInChromium({ title: 'Report at scale', scale, clientDist }, ({ browser, inviteUrl }) => measure(browser, inviteUrl));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
