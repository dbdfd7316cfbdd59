// The board at review scale in a real browser: 5,000 cards and 400 themes, seeded through the real
// relay by a Node client calling the shared board operations. Prints the time from navigation to
// the board being usable (every card rendered, the main thread free), and the script time Chromium
// spends applying one move made through a card's "Move to…" menu.
//
//   node --import tsx tests/load/boardOpen.bench.ts        (needs the built client: npx vite build)
//
// BENCH_BOARD_CARDS, BENCH_BOARD_THEMES, BENCH_BOARD_RUNS change the scale and the repeats;
// BENCH_BOARD_PROFILE=1 also records one move's CPU profile and lists its busiest functions
// (point BENCH_BOARD_CLIENT_DIST at a `vite build --minify false` output to read their names).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from '@playwright/test';
import { seededHeadings as headings, withSeededBoardInChromium } from './seededBoardInChromium';
import { clickTimedInPage, difference, mainThreadTotals, usableAfterNavigation, type MainThreadTotals, type TimedClick } from './pageTiming';
import { summariseProfile } from './profile';
import { median } from './report';
import { repoRoot } from './servers';

const scale = { cards: Number(process.env.BENCH_BOARD_CARDS ?? 5000), themes: Number(process.env.BENCH_BOARD_THEMES ?? 400) };
const runs = Number(process.env.BENCH_BOARD_RUNS ?? 3);
// The first move runs code V8 has not optimised yet; it is reported on its own.
const moves = 10;
const profiling = process.env.BENCH_BOARD_PROFILE === '1';
const clientDist = process.env.BENCH_BOARD_CLIENT_DIST;
const viewport = { width: 1920, height: 1080 };

const row = (label: string, values: number[], digits = 0) =>
  `| ${label} | ${(median(values) ?? NaN).toFixed(digits)} | ${values.map((v) => v.toFixed(digits)).join(', ')} |`;

const firstInboxCard = (page: Page) => page.getByRole('region', { name: 'Inbox' }).getByRole('article').first();

/** Opens the first inbox card's "Move to…" list and marks a lane or a theme in it; returns the option's selector. */
async function prepareMove(page: Page, intoTheme: boolean): Promise<{ observation: string; selector: string }> {
  const card = firstInboxCard(page);
  const observation = (await card.getAttribute('aria-label')) ?? '';
  await card.getByRole('button', { name: /^Move to… \(card: / }).click();
  const options = card.getByRole('option', { name: intoTheme ? /, theme “/ : /, not in a theme$/ });
  await options.nth(intoTheme ? 3 : 2).evaluate((option) => option.setAttribute('data-bench-move', ''));
  return { observation, selector: '[data-bench-move]' };
}

interface MoveFigures extends TimedClick {
  totals: MainThreadTotals;
}

/** One move timed three ways: in the page, and by Chromium's counters over a quiet window around it. */
async function timedMove(page: Page, intoTheme: boolean, profile?: (during: () => Promise<void>) => Promise<void>): Promise<MoveFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { observation, selector } = await prepareMove(page, intoTheme);
  await page.waitForTimeout(300);
  const before = await mainThreadTotals(cdp);
  let timed: TimedClick = { handlerMs: NaN, nextFrameMs: NaN };
  const act = async () => {
    timed = await clickTimedInPage(page, selector);
    // Long enough for the relay's ack, dnd-kit's re-measuring and React's passive effects to land in the window.
    await page.waitForTimeout(400);
  };
  await (profile ? profile(act) : act());
  const totals = difference(await mainThreadTotals(cdp), before);
  await page.getByRole('region', { name: 'Inbox' }).getByRole('article', { name: observation, exact: true }).waitFor({ state: 'detached' });
  await cdp.detach();
  return { ...timed, totals };
}

async function profiledMove(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await timedMove(page, false, async (during) => {
    await cdp.send('Profiler.start');
    await during();
    const { profile } = await cdp.send('Profiler.stop');
    const file = path.join(repoRoot, 'tests/load/results/board-move.cpuprofile.tmp');
    writeFileSync(file, JSON.stringify(profile));
    const summary = summariseProfile(file, 15);
    console.log(`\nOne move's CPU profile (${summary.activeMs.toFixed(1)} ms busy of ${summary.wallMs.toFixed(0)} ms), ${file}:`);
    for (const entry of summary.top) console.log(`  ${entry.selfMs.toFixed(2).padStart(7)} ms  ${entry.name}  ${entry.where}`);
  });
  await cdp.detach();
}

async function measure(browser: Browser, baseURL: string, boardId: string, inviteUrl: string): Promise<void> {
  // Join once, then keep only the participant token (localStorage), not the IndexedDB copy of the board.
  const joining = await browser.newContext({ baseURL, viewport });
  const joinPage = await joining.newPage();
  await joinPage.goto(inviteUrl);
  await joinPage.getByRole('textbox', { name: 'Your name' }).fill('Bench');
  await joinPage.getByRole('button', { name: 'Join board' }).click();
  await usableAfterNavigation(joinPage, headings);
  const storageState = await joining.storageState();
  await joining.close();

  const fromRelay: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL, viewport, storageState });
    const page = await context.newPage();
    await page.goto(`/b/${boardId}`);
    fromRelay.push(await usableAfterNavigation(page, headings));
    await context.close();
  }

  const context = await browser.newContext({ baseURL, viewport, storageState });
  const page = await context.newPage();
  await page.goto(`/b/${boardId}`);
  await usableAfterNavigation(page, headings);
  const fromDevice: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.reload();
    fromDevice.push(await usableAfterNavigation(page, headings));
  }

  const figures: MoveFigures[] = [];
  for (let run = 0; run < moves; run++) figures.push(await timedMove(page, run % 2 === 1));
  if (profiling) await profiledMove(page);
  await context.close();

  console.log(`\n| Board at scale (${scale.cards} cards, ${scale.themes} themes, Chromium ${viewport.width}×${viewport.height}) | median | runs |`);
  console.log('|---|---:|---|');
  console.log(row('navigation to usable, first open on a device (ms)', fromRelay));
  console.log(row('navigation to usable, reopened (doc also in IndexedDB) (ms)', fromDevice));
  const [first, ...rest] = figures;
  console.log(row('first move after opening: script time, CDP ScriptDuration (ms)', first ? [first.totals.scriptMs] : [], 1));
  console.log(row('one move: script time, CDP ScriptDuration (ms)', rest.map((f) => f.totals.scriptMs), 1));
  console.log(row('one move: all main-thread tasks, CDP TaskDuration (ms)', rest.map((f) => f.totals.taskMs), 1));
  console.log(row('one move: click to committed, in the page (ms)', rest.map((f) => f.handlerMs), 1));
  console.log(row('one move: click to next frame, in the page (ms)', rest.map((f) => f.nextFrameMs), 1));
  console.log('\nMoves alternate between a lane and a theme. Targets: usable within 1,500 ms; a move\'s next frame within 50 ms.');
}

async function main(): Promise<void> {
  await withSeededBoardInChromium({ title: 'Board at scale', scale, clientDist }, ({ browser, relayUrl, boardId, inviteUrl }) =>
    measure(browser, relayUrl, boardId, inviteUrl),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
