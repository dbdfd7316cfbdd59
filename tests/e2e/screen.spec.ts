import type { Page } from '@playwright/test';
import { commandByApi, createBoardByApi } from './support/api';
import { joinOnDevice, phone, projector, projectorAt150 } from './support/devices';
import { expect, test } from './support/fixtures';
import { expectNoScroll, expectOnFirstScreen, openScreen, participantOf, schoolLaptop, shoot } from './roomSteps';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name, exact: true });

test('the screen link shows the Council countdown and the speaker without scrolling; banners and the header timer on every device', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Riverside Academy · area of challenge');
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: projector }, { problems });
  const host = await joinOnDevice(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: schoolLaptop }, { problems });
  const ana = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }, { problems });
  const screen = await openScreen(browser, relay.url, board.invites.screen.url, projector);
  // A 1280×720 projector at 150 %: 853×480 CSS pixels.
  const smallScreen = await openScreen(browser, relay.url, board.invites.screen.url, projectorAt150.viewport, projectorAt150.deviceScaleFactor);
  await shoot(screen, 'screen-waiting-1920x1080');

  const leadToken = (await participantOf(lead, board.id)).token;
  const hana = await participantOf(host, board.id);
  const anaId = (await participantOf(ana, board.id)).participantId;
  await commandByApi(request, board.id, leadToken, {
    type: 'council.start',
    config: {
      presenter: { id: hana.participantId, name: 'Hana Host' },
      scribe: { id: anaId, name: 'Ana Reviewer' },
      participants: [{ id: anaId, name: 'Ana Reviewer', location: 'inRoom' }],
      turnMs: 180_000,
      rounds: 1,
    },
  });
  // The Lead presents the Council: both screens show its stage.
  await tab(lead, 'Council').click();
  await lead.getByTestId('present-here').click();
  for (const page of [screen, smallScreen]) await expect(page.getByTestId('council-phase')).toHaveText('Contracting');
  await tab(ana, 'Capture').click();

  // The session starts: a banner everywhere, and the header's timer on every tab.
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'contracting' });
  for (const page of [host, ana, screen]) await expect(page.getByTestId('phase-banner')).toContainText('The Council session has started');
  for (const page of [lead, host, ana, screen]) await expect(page.getByTestId('room-timer')).toContainText('Council');
  await commandByApi(request, board.id, leadToken, { type: 'council.setQuestion', question: 'How can feedback move learning on without adding to workload?' });
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'presenterThinking' });
  await commandByApi(request, board.id, leadToken, { type: 'council.advance', from: 'question' });

  // Ana's turn: her phone says so, whichever tab it shows.
  await expect(ana.getByTestId('phase-banner')).toContainText("It's your turn to speak");
  await expect(ana.getByTestId('room-timer')).toContainText("Council: Ana Reviewer's turn");
  await shoot(ana, 'screen-your-turn-phone-390x844');

  for (const [page, name] of [
    [screen, 'screen-council-1920x1080'],
    [smallScreen, 'screen-council-1280x720-at-150'],
  ] as const) {
    await expect(page.getByTestId('council-speaker')).toContainText('Ana Reviewer');
    await expectOnFirstScreen(page, page.getByRole('timer'));
    await expectOnFirstScreen(page, page.getByTestId('council-speaker'));
    await expectNoScroll(page);
    await expect(page.getByRole('button')).toHaveCount(0);
    await shoot(page, name);
  }

  // The stage fits the Lead's projector and a school laptop: countdown, speaker and the Lead's controls at once.
  for (const viewport of [projector, schoolLaptop]) {
    await lead.setViewportSize(viewport);
    await expectOnFirstScreen(lead, lead.getByRole('timer'));
    await expectOnFirstScreen(lead, lead.getByTestId('council-speaker'));
    await expectOnFirstScreen(lead, lead.getByRole('group', { name: 'Clock' }));
    await expectOnFirstScreen(lead, lead.getByRole('group', { name: 'This turn' }));
    await shoot(lead, `screen-lead-council-${viewport.width}x${viewport.height}`);
  }
  await tab(ana, 'Council').click();
  await expect(ana.getByRole('button', { name: "I'm done" })).toBeVisible();
  await expect.poll(() => ana.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { message: 'no sideways scroll on the phone' }).toBe(true);
  await shoot(ana, 'screen-speaker-council-phone-390x844');

  // PSTB: the Lead presents its stage; on the projector and the school laptop the clock and the Lead's controls share one screen.
  await commandByApi(request, board.id, leadToken, { type: 'pstb.start', config: { presenter: { id: hana.participantId, name: 'Hana Host' }, contractMinutes: 30 } });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.advance', from: 'contracting' });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.setProblem', problem: 'How do I keep new staff in their second year?' });
  await commandByApi(request, board.id, leadToken, { type: 'pstb.advance', from: 'problem' });
  await tab(lead, 'PSTB').click();
  await lead.getByTestId('present-here').click();
  await expect(screen.getByTestId('pstb-phase')).toBeVisible();
  await expect(ana).toHaveURL(new RegExp(`/b/${board.id}/pstb$`));
  await expect(screen.getByTestId('phase-banner')).toContainText('The PSTB session has started');
  await expectOnFirstScreen(screen, screen.getByRole('timer'));
  await expectNoScroll(screen);
  await shoot(screen, 'screen-pstb-1920x1080');
  for (const viewport of [projector, schoolLaptop]) {
    await lead.setViewportSize(viewport);
    await expectOnFirstScreen(lead, lead.getByRole('timer'));
    await expectOnFirstScreen(lead, lead.getByRole('group', { name: 'Clock' }));
    await shoot(lead, `screen-lead-pstb-${viewport.width}x${viewport.height}`);
  }
  expect(problems).toEqual([]);
});
