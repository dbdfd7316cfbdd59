// A Council countdown running on three devices in Chromium (the Lead Reviewer's projector, the
// host's laptop, a reviewer's phone), each on the Council tab while nobody touches anything: what
// the running countdown costs each device's main thread, how often its face redraws, and how late
// its seconds turn over against the relay's clock. A room leaves a countdown running for most of a
// Council or PSTB session, on laptops that are doing other work too. Then the Lead Reviewer moves
// the session on, step by step: what each step's end cue (the stage's flash and the chime) costs
// every device, and what the browser spends after the last one while the countdown runs on.
//
//   node --import tsx tests/load/councilCountdown.bench.ts        (needs the built client: npx vite build)
//
// BENCH_COUNTDOWN_SECONDS sets how long each device is watched (default 10);
// BENCH_COUNTDOWN_CLIENT_DIST serves another client build (to compare before and after a change).
import type { Browser, CDPSession, Page } from '@playwright/test';
import { joinOnDevice, phone, projector, type Device } from '../e2e/support/devices';
import { difference, mainThreadTotals } from './pageTiming';
import { chromiumCpuByKind } from './proc';
import { median } from './report';
import { withSeededBoardInChromium } from './seededBoardInChromium';

const watchSeconds = Number(process.env.BENCH_COUNTDOWN_SECONDS ?? 10);
/** Long enough for a step's flash (1.5 s) and chime (1 s) to have ended before the next step. */
const stepGapMs = 2500;
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
  await measureSteps(pages, sessions);
  await Promise.all(sessions.map((cdp) => cdp.detach()));
}

/** Chromium's CPU by kind of process between two readings, in ms. */
function cpuSpent(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  return new Map([...after].map(([kind, seconds]) => [kind, (seconds - (before.get(kind) ?? 0)) * 1000]));
}

/**
 * The Lead Reviewer ends the thinking, starts round 1 and moves the session on through its rounds
 * (the one speaker done, then the next round), a step every `stepGapMs`: each step that ends a
 * timed segment makes every device flash its stage and chime. Then nobody acts for
 * `watchSeconds` while the turn's countdown in round 3 runs.
 */
async function measureSteps(pages: readonly Page[], sessions: readonly CDPSession[]): Promise<void> {
  const [lead, host] = pages;
  if (!lead || !host) throw new Error('no Lead Reviewer or host device');
  // Round 1 needs the presenter's question, stated from the host's device.
  await host.getByRole('textbox', { name: "The presenter's question" }).fill('How can feedback move learning on without adding to workload?');
  await host.getByRole('button', { name: 'Save the question' }).click();
  await lead.getByText('How can feedback move learning on').first().waitFor();
  const steps = ['End thinking: set the question', 'Start round 1', 'Ana Reviewer is done', 'Start round 2', 'Ana Reviewer is done', 'Start round 3'];
  // Starting round 1 begins a timed segment after an untimed one (the question): no cue.
  const cues = steps.length - 1;
  const pagesBefore = await Promise.all(sessions.map(mainThreadTotals));
  const browserBefore = chromiumCpuByKind();
  for (const name of steps) {
    await lead.getByRole('button', { name, exact: true }).click();
    await lead.waitForTimeout(stepGapMs);
  }
  const pagesAfterSteps = await Promise.all(sessions.map(mainThreadTotals));
  const browserAfterSteps = chromiumCpuByKind();
  await lead.waitForTimeout(watchSeconds * 1000);
  const browserAfterQuiet = chromiumCpuByKind();
  const stepsSeconds = (steps.length * stepGapMs) / 1000;

  const perDevice = devices.map((device, index) => {
    const [start, end] = [pagesBefore[index], pagesAfterSteps[index]];
    if (!start || !end) throw new Error(`no main-thread totals for the ${device.label}`);
    return `${device.label} ${(difference(end, start).taskMs / stepsSeconds).toFixed(1)}`;
  });
  console.log(`\n| ${steps.length} steps of a Council, ${cues} with an end cue, ${stepGapMs / 1000} s apart; then ${watchSeconds} s of a turn | ms of CPU per s |`);
  console.log('|---|---:|');
  console.log(`| main-thread tasks per device during the steps | ${perDevice.join(' · ')} |`);
  const row = (label: string, spent: Map<string, number>, seconds: number) =>
    console.log(`| ${label} | ${[...spent].filter(([, ms]) => ms > 0).map(([kind, ms]) => `${kind} ${(ms / seconds).toFixed(0)}`).join(' · ')} |`);
  row('the whole browser during the steps, by process', cpuSpent(browserBefore, browserAfterSteps), stepsSeconds);
  row('the whole browser afterwards, countdown running', cpuSpent(browserAfterSteps, browserAfterQuiet), watchSeconds);
  console.log('\nAn end cue is a flash of the stage (1.5 s) and a chime (1 s) on every device; the GPU process draws each frame of the three windows, a utility process plays the sound.');
}

async function main(): Promise<void> {
  await withSeededBoardInChromium({ title: 'Council countdown', scale: { cards: 0, themes: 0 }, clientDist }, ({ browser, relayUrl, invites }) => measure(browser, relayUrl, invites));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
