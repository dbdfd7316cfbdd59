import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import { commandByApi, createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone, projector, projectorAt150, type Device } from './support/devices';
import { expect, test } from './support/fixtures';
import { expectNoScroll, expectOnFirstScreen, openScreen, participantOf, schoolLaptop, seedTwoThemes } from './roomSteps';

const shots = '/tmp/room-shots';

/** The four screens of the room: a phone, a school laptop, a projector, and a small projector scaled to 150 %. */
const sizes: ReadonlyArray<{ name: string; device: Device }> = [
  { name: '390x844', device: { viewport: phone, mobile: true } },
  { name: '1366x768', device: { viewport: schoolLaptop } },
  { name: '1920x1080', device: { viewport: projector } },
  { name: '853x480@1.5', device: projectorAt150 },
];

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name, exact: true });

/** A Council session at the turn of `speaker` (the device under test), replacing any before it. */
async function councilAtTurnOf(request: APIRequestContext, board: CreateBoardResponse, leadToken: string, host: { participantId: string }, speaker: { participantId: string; name: string }): Promise<void> {
  await commandByApi(request, board.id, leadToken, {
    type: 'council.start',
    replace: true,
    config: {
      presenter: { id: host.participantId, name: 'Hana Host' },
      scribe: { id: 'rae', name: 'Rae Scribe' },
      participants: [{ id: speaker.participantId, name: speaker.name, location: 'inRoom' }],
      turnMs: 180_000,
      rounds: 1,
    },
  });
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'contracting' });
  await commandByApi(request, board.id, leadToken, { type: 'council.setQuestion', question: 'How can feedback move learning on without adding to workload?' });
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'presenterThinking' });
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'question' });
}

/** How far the page scrolls sideways: 0 when everything fits the screen's width. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, animations: 'disabled' });
}

/**
 * The room each size is checked in: the Lead Reviewer's laptop, a vote closed and revealed, a PSTB
 * session and a timebox running (the host joined, to be the presenter, and left).
 */
async function roomWithEveryTimer(browser: Browser, request: APIRequestContext, relayUrl: string, problems: string[]) {
  const board = await createBoardByApi(request, 'Riverside Academy · wash-up');
  await writeBoardDoc(relayUrl, board.id, board.invites.reviewer.token, seedTwoThemes);
  const lead = await joinOnDevice(browser, relayUrl, board.invites.facilitator.url, 'Lena Lead', { viewport: schoolLaptop }, { problems });
  const leadToken = (await participantOf(lead, board.id)).token;
  const host = await joinOnDevice(browser, relayUrl, board.invites.host.url, 'Hana Host', { viewport: schoolLaptop }, { problems });
  const hana = await participantOf(host, board.id);
  await host.context().close();

  // A vote, closed and revealed; a PSTB session; a timebox in every header. Each test then starts a Council session at its own device's turn.
  await tab(lead, 'Vote').click();
  const openForm = lead.getByRole('form', { name: 'Open a dot vote' });
  await openForm.getByRole('checkbox', { name: 'Even better if' }).uncheck();
  await openForm.getByRole('button', { name: 'Open the vote' }).click();
  await lead.getByRole('button', { name: 'Close the vote' }).click();
  await lead.getByRole('button', { name: 'Reveal the results' }).click();
  await expect(lead.getByRole('heading', { name: 'Results' })).toBeVisible();
  await commandByApi(request, board.id, leadToken, { type: 'pstb.start', config: { presenter: { id: hana.participantId, name: 'Hana Host' }, contractMinutes: 30 } });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.advance', from: 'contracting' });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.setProblem', problem: 'How do I keep new staff in their second year?' });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.advance', from: 'problem' });
  await commandByApi(request, board.id, leadToken, { type: 'timebox.start', label: 'Cluster Leadership and management', minutes: 30, roundId: null });

  return { board, lead, leadToken, hana };
}

// One test per size, each in a room of its own, so that each fits the default minute on a machine with a core taken.
for (const { name, device } of sizes) {
  test(`at the room's ${name} size the board, its overview, the vote results, the Council and PSTB stages and the screen link fit`, async ({ browser, request, relay }) => {
    const problems: string[] = [];
    const { board, lead, leadToken, hana } = await roomWithEveryTimer(browser, request, relay.url, problems);
    const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, `Ben ${name}`, device, { problems });
    await councilAtTurnOf(request, board, leadToken, hana, await participantOf(reviewer, board.id));
    const screen = await openScreen(browser, relay.url, board.invites.screen.url, device.viewport, device.deviceScaleFactor ?? 1);
    await expect(reviewer.getByTestId('room-timer')).toHaveCount(3);
    // Three timers in one row: every clock shows in full, and on a small screen each chip's one word
    // (Council, PSTB; the timebox's own name may give way) tells it apart.
    const clocksWhole = await reviewer.locator('.room-timer').evaluateAll((chips) =>
      chips.map((chip) => {
        const clock = chip.querySelector('.room-timer__clock')!.getBoundingClientRect();
        const row = chip.parentElement!.getBoundingClientRect();
        return clock.width > 0 && clock.right <= chip.getBoundingClientRect().right + 0.5 && clock.right <= row.right + 0.5;
      }),
    );
    expect(clocksWhole, 'every timer shows its clock in full').toEqual([true, true, true]);
    const wholeWords = await reviewer
      .locator('.room-timer__short')
      .evaluateAll((words) => words.filter((word) => getComputedStyle(word).display !== 'none' && word.scrollWidth <= word.clientWidth).map((word) => word.textContent));
    if (device.mobile || device.viewport.height < 600) expect(wholeWords, 'the chips say which timer is which').toEqual(expect.arrayContaining(['Council', 'PSTB']));
    if (device.mobile) {
      // The phone's room line is one row: the timers and "Stop following" side by side.
      const follow = reviewer.getByRole('button', { name: 'Stop following' });
      const rows = await reviewer.locator('.room-bar').evaluate((bar) => new Set(Array.from(bar.querySelectorAll('.room-timer, button')).map((element) => Math.round(element.getBoundingClientRect().top / 8))).size);
      expect(rows, 'the room line takes one row').toBe(1);
      await expect(follow).toBeInViewport({ ratio: 1 });
    }

    // The board.
    await tab(lead, 'Board').click();
    await tab(reviewer, 'Board').click();
    await expect(reviewer.getByRole('region', { name: 'Theme: Pupils explain their reasoning' })).toBeVisible();
    expect(await sidewaysScroll(reviewer), 'the board scrolls sideways').toBe(0);
    await shoot(reviewer, `board-${name}`);

    // The overview, presented by the Lead Reviewer.
    await lead.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect(lead.getByRole('table', { name: 'Headings and lanes' })).toBeVisible();
    await lead.getByTestId('present-here').click();
    for (const page of [reviewer, screen]) await expect(page.getByRole('table', { name: 'Headings and lanes' })).toBeVisible();
    expect(await sidewaysScroll(reviewer), 'the overview scrolls sideways').toBe(0);
    // A laptop's or projector's screen link shows every heading at once; a phone's or a 480-pixel-tall one reads on down.
    if (!device.mobile && device.viewport.height >= 768) await expectNoScroll(screen);
    expect(await sidewaysScroll(screen), 'the screen link scrolls sideways').toBe(0);
    await shoot(reviewer, `overview-${name}`);
    await shoot(screen, `screen-overview-${name}`);
    await lead.getByRole('button', { name: 'Overview', exact: true }).click();

    // The vote results.
    await tab(lead, 'Vote').click();
    await lead.getByTestId('present-here').click();
    await expect(reviewer.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(screen.getByRole('heading', { name: 'Dot vote results' })).toBeVisible();
    for (const page of [reviewer, screen]) await expect(page.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
    expect(await sidewaysScroll(reviewer), 'the vote results scroll sideways').toBe(0);
    expect(await sidewaysScroll(screen), 'the screen link scrolls sideways').toBe(0);
    if (!device.mobile) await expectOnFirstScreen(screen, screen.getByRole('heading', { name: 'Dot vote results' }));
    await shoot(reviewer, `vote-results-${name}`);
    await shoot(screen, `screen-vote-results-${name}`);

    // The Council stage: on the screen link its countdown and the speaker without scrolling.
    await tab(lead, 'Council').click();
    await lead.getByTestId('present-here').click();
    await expect(reviewer.getByTestId('council-speaker')).toContainText(`Ben ${name}`);
    await expect(screen.getByTestId('council-speaker')).toContainText(`Ben ${name}`);
    expect(await sidewaysScroll(reviewer), 'the Council stage scrolls sideways').toBe(0);
    // The following device, here the speaker's own, as it arrives: the countdown, the speaker and
    // the turn's buttons, all on its first screen (a phone reads on down to them).
    if (!device.mobile) {
      await expectOnFirstScreen(reviewer, reviewer.getByRole('timer'));
      await expectOnFirstScreen(reviewer, reviewer.getByTestId('council-speaker'));
      for (const button of ["I'm done", 'Pass']) await expectOnFirstScreen(reviewer, reviewer.getByRole('button', { name: button, exact: true }));
    }
    if (device.mobile) {
      // A phone that opens the screen link reads it down the page, with nothing sideways.
      expect(await sidewaysScroll(screen), 'the screen link scrolls sideways').toBe(0);
    } else {
      await expectOnFirstScreen(screen, screen.getByRole('timer'));
      await expectOnFirstScreen(screen, screen.getByTestId('council-speaker'));
      await expectNoScroll(screen);
    }
    await shoot(reviewer, `council-${name}`);
    await shoot(screen, `screen-council-${name}`);

    // The PSTB stage, presented: its countdown, the problem and this device's own button on the first screen.
    await tab(lead, 'PSTB').click();
    await lead.getByTestId('present-here').click();
    await expect(reviewer.getByTestId('pstb-problem')).toBeVisible();
    expect(await sidewaysScroll(reviewer), 'the PSTB stage scrolls sideways').toBe(0);
    if (!device.mobile) {
      await expectOnFirstScreen(reviewer, reviewer.getByRole('timer'));
      await expectOnFirstScreen(reviewer, reviewer.getByTestId('pstb-problem'));
      await expectOnFirstScreen(reviewer, reviewer.getByRole('button', { name: 'Mute chime on this device' }));
    }
    await shoot(reviewer, `pstb-${name}`);

    expect(problems).toEqual([]);
  });
}
