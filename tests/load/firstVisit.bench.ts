// The client on school wifi: a board opened on a throttled connection (1.6 Mbit/s down, 750 kbit/s
// up, 150 ms round trip, set through Chromium's DevTools protocol, Network.emulateNetworkConditions),
// first on a device that has never seen Washup (no HTTP cache, no service worker, no IndexedDB copy:
// only the participant's token, as after joining), then again on that device. Prints the time from
// navigation to a usable board (every card rendered, the main thread free), the bytes that crossed
// the network, and the size of every chunk of the build: raw, gzip and brotli.
// Then a device's join as the browser tests make it (a fresh device opens the invite, fills its name,
// joins) on loopback, with Chromium's CPU at full speed and slowed 4× (Emulation.setCPUThrottlingRate),
// as on a busy laptop: the wall-clock steps (join form, Join → usable board) and the page's main
// thread's busy time, the figure that moves least when other work shares the machine.
//
//   node --import tsx tests/load/firstVisit.bench.ts       (needs the built client: npx vite build)
//
// BENCH_VISIT_CLIENT_DIST serves another build; BENCH_VISIT_CARDS and BENCH_VISIT_RUNS change the
// board's size and the repeats.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seededHeadings, withSeededBoardInChromium } from './seededBoardInChromium';
import { bundleSizes, bundleSizeTable } from './bundleSizes';
import { mainThreadTotals, usableAfterNavigation, type MainThreadTotals } from './pageTiming';
import { median } from './report';
import { repoRoot } from './servers';

const clientDist = path.resolve(process.env.BENCH_VISIT_CLIENT_DIST ?? path.join(repoRoot, 'client/dist'));
const scale = { cards: Number(process.env.BENCH_VISIT_CARDS ?? 150), themes: 15 };
const runs = Number(process.env.BENCH_VISIT_RUNS ?? 3);
/** School wifi shared by a class: the issue's figures. Throughputs are in bytes a second. */
const schoolWifi = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const viewport = { width: 1366, height: 768 };
const targets = { firstMs: 3_000, secondMs: 1_000 };
/** Chromium's CPU slowdowns for the join: a quiet device and a busy one. */
const cpuRates = [1, 4];

interface Visit {
  usableMs: number;
  /** Bytes received from the network (headers included), cached and service-worker answers excluded. */
  networkBytes: number;
  networkRequests: number;
}

/** Opens the board in a new tab of `context` on the throttled connection and times it. */
async function visit(context: BrowserContext, boardId: string): Promise<Visit> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', schoolWifi);
  const fromNetwork = new Set<string>();
  let networkBytes = 0;
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!response.fromDiskCache && !response.fromServiceWorker && !response.fromPrefetchCache) fromNetwork.add(requestId);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (fromNetwork.has(requestId)) networkBytes += encodedDataLength;
  });
  await page.goto(`/b/${boardId}`, { waitUntil: 'commit' });
  const usableMs = await usableAfterNavigation(page, seededHeadings);
  // The device keeps the app: the service worker has installed (and fetched every chunk) before the next visit.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await cdp.detach();
  await page.close();
  return { usableMs, networkBytes, networkRequests: fromNetwork.size };
}

/**
 * The service worker fetches for the page (the second visit's index.html, the chunks it keeps) in a
 * target of its own, which the page's throttling does not reach: each worker gets the same
 * conditions as soon as Chromium starts it.
 */
async function throttleServiceWorkers(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  let messageId = 0;
  const throttle = async (targetId: string) => {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    for (const [method, params] of [['Network.enable', {}], ['Network.emulateNetworkConditions', schoolWifi]] as const) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) });
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type === 'service_worker') void throttle(targetInfo.targetId);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
}

/** Milliseconds since navigation start, in the page, at each step of a device's join. */
interface Join {
  /** The invite page's form answers input (the app's code has run and rendered it). */
  formMs: number;
  /** Join clicked. */
  clickedMs: number;
  /** The board usable (as for a visit). */
  usableMs: number;
  /** The page's main thread until then: all its tasks, and the script among them (Chromium's own counters). */
  busy: MainThreadTotals;
}

/** A fresh device (no cache, no storage) opens the invite with its CPU slowed `cpuRate` times, joins and waits for a usable board. */
async function join(browser: Browser, baseURL: string, inviteUrl: string, cpuRate: number): Promise<Join> {
  const context = await browser.newContext({ baseURL, viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await cdp.send('Performance.enable');
    await page.goto(inviteUrl, { waitUntil: 'commit' });
    const name = page.getByRole('textbox', { name: 'Your name' });
    await name.waitFor();
    const formMs = await page.evaluate(() => performance.now());
    await name.fill('Visitor');
    const clickedMs = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Join board' }).click();
    const usableMs = await usableAfterNavigation(page, seededHeadings);
    return { formMs, clickedMs, usableMs, busy: await mainThreadTotals(cdp) };
  } finally {
    await context.close();
  }
}

async function measureJoins(browser: Browser, baseURL: string, inviteUrl: string): Promise<void> {
  // One join first, unmeasured, so the relay and the disk have the board and the build warm.
  await join(browser, baseURL, inviteUrl, 1);
  const ms = (values: number[]) => (median(values) ?? NaN).toFixed(0);
  console.log(`\n| A device joins (loopback, no cache, board of ${scale.cards} cards), Chromium ${viewport.width}×${viewport.height} | join form ready, median (ms) | Join clicked → board usable, median (ms) | navigation → board usable, median (ms) | runs (ms) | main thread busy, median (ms) | of it script (ms) |`);
  console.log('|---|---:|---:|---:|---|---:|---:|');
  for (const cpuRate of cpuRates) {
    const joins: Join[] = [];
    for (let run = 0; run < runs; run++) joins.push(await join(browser, baseURL, inviteUrl, cpuRate));
    console.log(
      `| CPU ${cpuRate === 1 ? 'at full speed' : `slowed ${cpuRate}×`} | ${ms(joins.map((j) => j.formMs))} | ${ms(joins.map((j) => j.usableMs - j.clickedMs))} | ` +
        `${ms(joins.map((j) => j.usableMs))} | ${joins.map((j) => j.usableMs.toFixed(0)).join(', ')} | ${ms(joins.map((j) => j.busy.taskMs))} | ${ms(joins.map((j) => j.busy.scriptMs))} |`,
    );
  }
}

async function measure(browser: Browser, baseURL: string, boardId: string, inviteUrl: string): Promise<void> {
  // Join once (unthrottled), then keep only the participant token for every fresh device.
  const joining = await browser.newContext({ baseURL, viewport });
  const joinPage = await joining.newPage();
  await joinPage.goto(inviteUrl);
  await joinPage.getByRole('textbox', { name: 'Your name' }).fill('Visitor');
  await joinPage.getByRole('button', { name: 'Join board' }).click();
  await usableAfterNavigation(joinPage, seededHeadings);
  const storageState = await joining.storageState();
  await joining.close();

  await throttleServiceWorkers(browser);
  const first: Visit[] = [];
  const second: Visit[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL, viewport, storageState });
    first.push(await visit(context, boardId));
    second.push(await visit(context, boardId));
    await context.close();
  }

  const row = (label: string, visits: Visit[], target: number) =>
    `| ${label} | ${(median(visits.map((v) => v.usableMs)) ?? NaN).toFixed(0)} | ${visits.map((v) => v.usableMs.toFixed(0)).join(', ')} | ${target} | ` +
    `${((median(visits.map((v) => v.networkBytes)) ?? NaN) / 1024).toFixed(1)} | ${median(visits.map((v) => v.networkRequests)) ?? '–'} |`;
  console.log(`\n| School wifi (1.6 Mbit/s, 150 ms RTT), board of ${scale.cards} cards, Chromium ${viewport.width}×${viewport.height} | usable, median (ms) | runs (ms) | target (ms) | from the network (KiB) | requests to the network |`);
  console.log('|---|---:|---|---:|---:|---:|');
  console.log(row('first visit on a device', first, targets.firstMs));
  console.log(row('second visit (new tab, same device)', second, targets.secondMs));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(clientDist, 'index.html.br'))) {
    throw new Error(`${clientDist} has no compressed copies (index.html.br): it was built before they were, so rebuild it (pnpm build)`);
  }
  console.log(`\nBuilt client ${path.relative(repoRoot, clientDist) || clientDist}: every script and style chunk\n`);
  console.log(bundleSizeTable(bundleSizes(clientDist)));
  await withSeededBoardInChromium({ title: 'School wifi', scale, clientDist }, ({ browser, relayUrl, boardId, inviteUrl }) =>
    measure(browser, relayUrl, boardId, inviteUrl).then(() => measureJoins(browser, relayUrl, inviteUrl)),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
