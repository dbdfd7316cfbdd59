// A Council countdown running on three devices in Chromium (the Lead Reviewer's projector, the
// host's laptop, a reviewer's phone), each on the Council tab while nobody touches anything: what
// the running countdown costs each device's main thread, how often its face redraws, and how late
// its seconds turn over against the relay's clock. A room leaves a countdown running for most of a
// Council or PSTB session, on laptops that are doing other work too.
//
//   node --import tsx tests/load/councilCountdown.bench.ts        (needs the built client: npx vite build)
//
// BENCH_COUNTDOWN_SECONDS sets how long each device is watched (default 10);
// BENCH_COUNTDOWN_CLIENT_DIST serves another client build (to compare before and after a change).
import type { Browser, Page } from '@playwright/test';
import { joinOnDevice, phone, projector, type Device } from '../e2e/support/devices';
import { difference, mainThreadTotals } from './pageTiming';
import { median } from './report';
import { withSeededBoardInChromium } from './seededBoardInChromium';

const watchSeconds = Number(process.env.BENCH_COUNTDOWN_SECONDS ?? 10);
const clientDist = process.env.BENCH_COUNTDOWN_CLIENT_DIST;
const devices: readonly { person: string; role: 'facilitator' | 'host' | 'reviewer'; device: Device; label: string }[] = [
  { person: 'Lena Lead', role: 'facilitator', device: { viewport: projector }, label: 'projector 1920×1080' },
  { person: 'Hana Host', role: 'host', device: { viewport: { width: 1366, height: 768 } }, label: 'laptop 1366×768' },
  { person: 'Ana Reviewer', role: 'reviewer', device: { viewport: phone, mobile: true }, label: 'phone 390×844' },
];

/** Watches the countdown face's redraws in the page (the time left it drew, set on the ring at each render). */
function recordRedraws(page: Page): Promise<void> {
  return page.getByRole('timer').evaluate((ring) => {
    const redraws: number[] = [];
    Object.assign(window, { benchRedraws: redraws });
    new MutationObserver(() => redraws.push(Number(ring.getAttribute('data-remaining-ms')))).observe(ring, {
      attributes: true,
      attributeFilter: ['data-remaining-ms'],
    });
  });
}

/**
 * How late each turn of the seconds was drawn, from the time left at each redraw: a face shows
 * seconds rounded up, so it is due when the time left reaches a whole second.
 */
function turnoverLateness(redraws: readonly number[]): number[] {
  const late: number[] = [];
  for (let i = 1; i < redraws.length; i++) {
    const before = Math.ceil((redraws[i - 1] ?? 0) / 1000);
    const shown = redraws[i] ?? 0;
    if (Math.ceil(shown / 1000) !== before) late.push(Math.ceil(shown / 1000) * 1000 - shown);
  }
  return late;
}

async function measure(browser: Browser, baseURL: string, invites: Record<(typeof devices)[number]['role'], { url: string }>): Promise<void> {
  const pages: Page[] = [];
  for (const { person, role, device } of devices) {
    const page = await joinOnDevice(browser, baseURL, invites[role].url, person, device);
    await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Council' }).click();
    pages.push(page);
  }
  const [lead] = pages;
  if (!lead) throw new Error('no Lead Reviewer device');
  await lead.getByRole('button', { name: 'Start contracting' }).click();
  await lead.getByRole('button', { name: "Start the presenter's thinking" }).click();
  for (const page of pages) await page.getByRole('timer').waitFor();
  // Past the banner and chime that announce the phase: what is measured is the countdown alone.
  await lead.waitForTimeout(2000);

  const sessions = await Promise.all(pages.map((page) => page.context().newCDPSession(page)));
  await Promise.all(sessions.map((cdp) => cdp.send('Performance.enable')));
  await Promise.all(pages.map(recordRedraws));
  const before = await Promise.all(sessions.map(mainThreadTotals));
  await lead.waitForTimeout(watchSeconds * 1000);
  const after = await Promise.all(sessions.map(mainThreadTotals));
  const redraws = await Promise.all(pages.map((page) => page.evaluate(() => (window as unknown as { benchRedraws: number[] }).benchRedraws.slice())));

  console.log(`\n| Council countdown running, nobody acting, ${watchSeconds} s per device | redraws per s | main-thread tasks (ms per s) | script (ms per s) | style + layout (ms per s) | seconds turn over late by, median / max (ms) |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  devices.forEach((device, index) => {
    const [start, end] = [before[index], after[index]];
    if (!start || !end) throw new Error(`no main-thread totals for the ${device.label}`);
    const totals = difference(end, start);
    const late = turnoverLateness(redraws[index] ?? []);
    const perSecond = (ms: number) => (ms / watchSeconds).toFixed(1);
    console.log(
      `| ${device.label} | ${((redraws[index]?.length ?? 0) / watchSeconds).toFixed(1)} | ${perSecond(totals.taskMs)} | ${perSecond(totals.scriptMs)} | ${perSecond(totals.styleMs + totals.layoutMs)} | ${(median(late) ?? NaN).toFixed(0)} / ${late.length > 0 ? Math.max(...late).toFixed(0) : '–'} |`,
    );
  });
  console.log('\nA face needs one redraw a second; a turn-over is due the moment the time left reaches a whole second.');
  await Promise.all(sessions.map((cdp) => cdp.detach()));
}

async function main(): Promise<void> {
  await withSeededBoardInChromium({ title: 'Council countdown', scale: { cards: 0, themes: 0 }, clientDist }, ({ browser, relayUrl, invites }) => measure(browser, relayUrl, invites));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
