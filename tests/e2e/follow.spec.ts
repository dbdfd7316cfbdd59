import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone, projector, projectorAt150 } from './support/devices';
import { expect, test } from './support/fixtures';
import { openScreen, schoolLaptop, seedTwoThemes, shoot, shotsDir } from './roomSteps';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name, exact: true });

test('the Lead Reviewer brings four devices to the vote results; a device that stopped following stays; banners mark the vote', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Riverside Academy · wash-up');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, seedTwoThemes);
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: schoolLaptop }, { problems });
  const ben = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ben Reviewer', { viewport: schoolLaptop }, { problems });
  const ana = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }, { problems });
  const hana = await joinOnDevice(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: schoolLaptop }, { problems });
  const screen = await openScreen(browser, relay.url, board.invites.screen.url, projector);
  const followers = [ben, ana, hana];

  await expect(screen.getByText('Waiting for the Lead Reviewer to present.')).toBeVisible();
  for (const page of followers) await expect(page.getByTestId('follow-state')).toHaveText('Following the Lead Reviewer');
  await tab(ben, 'Capture').click();
  await tab(hana, 'Report').click();

  // A timebox for clustering, on the relay's clock: every header shows it, on every tab, until the Lead ends it.
  await lead.getByText('Timebox', { exact: true }).click();
  const timebox = lead.getByRole('form', { name: 'Set a timebox' });
  await timebox.getByRole('textbox', { name: 'What for' }).fill('Cluster Leadership');
  await timebox.getByRole('spinbutton', { name: 'Minutes' }).fill('10');
  await timebox.getByRole('button', { name: 'Start the timebox' }).click();
  for (const page of [lead, ...followers, screen]) await expect(page.getByTestId('room-timer')).toContainText(/Cluster Leadership\s*(10:00|9:5\d)/);
  await shoot(hana, 'follow-timebox-host-1366x768');
  await lead.getByRole('button', { name: '+1 min' }).click();
  await expect(ana.getByTestId('room-timer')).toContainText(/1\d:\d\d/);
  await lead.getByRole('button', { name: 'End the timebox' }).click();
  for (const page of [lead, ...followers, screen]) await expect(page.getByTestId('room-timer')).toHaveCount(0);
  await lead.getByText('Timebox', { exact: true }).click();

  // The Lead Reviewer opens a vote: every device is told, wherever it is.
  await tab(lead, 'Vote').click();
  const openForm = lead.getByRole('form', { name: 'Open a dot vote' });
  // Only the strengths have themes on this board.
  await openForm.getByRole('checkbox', { name: 'Even better if' }).uncheck();
  await openForm.getByRole('button', { name: 'Open the vote' }).click();
  await expect(lead.getByRole('heading', { name: 'Voting is open' })).toBeVisible();
  for (const page of [...followers, screen]) await expect(page.getByTestId('phase-banner')).toContainText('Voting is open');
  await shoot(ana, 'follow-banner-phone-390x844');
  await shoot(ben, 'follow-banner-laptop-1366x768');

  // Closed and revealed on the Lead's device alone; then everyone is brought to the results.
  await lead.getByRole('button', { name: 'Close the vote' }).click();
  await lead.getByRole('button', { name: 'Reveal the results' }).click();
  await expect(lead.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(ben).toHaveURL(/\/capture$/);
  await lead.getByTestId('present-here').click();
  for (const page of followers) {
    await expect(page).toHaveURL(new RegExp(`/b/${board.id}/vote$`));
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(page.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
  }
  await expect(screen.getByRole('heading', { name: 'Dot vote results' })).toBeVisible();
  await expect(screen.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
  await shoot(ana, 'follow-results-phone-390x844');
  await shoot(ben, 'follow-results-laptop-1366x768');
  await shoot(hana, 'follow-results-host-1366x768');
  await shoot(screen, 'follow-results-screen-1920x1080');
  await shoot(lead, 'follow-results-lead-1366x768');

  // A second round (a re-run), revealed; then the Lead shows the room the first round again, from the round history.
  await lead.getByRole('button', { name: 'Run this vote again' }).click();
  await lead.getByRole('button', { name: 'Close the vote' }).click();
  await lead.getByRole('button', { name: 'Reveal the results' }).click();
  await expect(lead.locator('.vote-round__eyebrow')).toContainText('Vote 2');
  await expect(lead.getByRole('heading', { name: 'Results' })).toBeVisible();
  const leadHistory = lead.getByRole('region', { name: 'Earlier votes' });
  await leadHistory.getByText('Vote 1', { exact: true }).click();
  await leadHistory.getByRole('button', { name: 'Bring everyone to vote 1' }).click();
  await expect(leadHistory.getByRole('button', { name: 'Bring everyone to vote 1 again' })).toBeVisible();
  for (const page of followers) {
    const first = page.getByRole('region', { name: 'Earlier votes' }).getByRole('group').filter({ hasText: 'Vote 1' });
    await expect(first).toHaveAttribute('open', '');
    await expect(first).toContainText('Shown to everyone');
    await expect(first.locator('.results__lanes')).toBeInViewport();
  }
  await expect(screen.getByRole('heading', { name: 'Dot vote results · vote 1 of 2' })).toBeVisible();
  // Where the phone was brought to, not its top.
  await ana.screenshot({ path: `${shotsDir}/follow-earlier-round-phone-390x844.png`, animations: 'disabled' });
  await shoot(screen, 'follow-earlier-round-screen-1920x1080');

  // Ben stops following on his laptop; the Lead brings the room back to the board: he stays on the results.
  await ben.getByRole('button', { name: 'Stop following' }).click();
  await expect(ben.getByTestId('follow-state')).toHaveText('Not following');
  await tab(lead, 'Board').click();
  await lead.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(lead.getByRole('table', { name: 'Headings and lanes' })).toBeVisible();
  await lead.getByTestId('present-here').click();
  for (const page of [ana, hana]) await expect(page).toHaveURL(new RegExp(`/b/${board.id}$`));
  await expect(screen.locator('[data-view="board"]')).toBeVisible();
  // The place too: the overview of every heading and lane, on the projector and the phone.
  await expect(screen.getByRole('table', { name: 'Headings and lanes' })).toBeVisible();
  await expect(ana.getByRole('table', { name: 'Headings and lanes' })).toBeVisible();
  await shoot(screen, 'follow-board-screen-1920x1080');
  await expect(ben).toHaveURL(new RegExp(`/b/${board.id}/vote$`));
  await expect(ben.getByRole('heading', { name: 'Results' })).toBeVisible();
  // His choice is his device's alone, and following again brings him to what the Lead presents now.
  await ben.reload();
  await expect(ben.getByTestId('follow-state')).toHaveText('Not following');
  await expect(ana.getByTestId('follow-state')).toHaveText(/Following the Lead Reviewer/);
  await ben.getByRole('button', { name: 'Follow the Lead Reviewer' }).click();
  await expect(ben).toHaveURL(new RegExp(`/b/${board.id}$`));
  await shoot(ben, 'follow-board-laptop-1366x768');
  expect(problems).toEqual([]);
});

test("the vote's last minute: every device's banner says so on the relay's clock, then the vote closes and its results show", async ({ browser, request, relay }) => {
  // Two minutes of a real timebox: the banner comes at one minute left, on the relay's clock.
  test.setTimeout(180_000);
  const board = await createBoardByApi(request, 'Riverside Academy · last minute');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, seedTwoThemes);
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: schoolLaptop }, { problems });
  // A phone whose clock runs two minutes fast: the banner still comes at the relay's minute.
  const ana = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true, clockSkewMs: 120_000 }, { problems });
  const ben = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ben Reviewer', { viewport: schoolLaptop }, { problems });
  const screen = await openScreen(browser, relay.url, board.invites.screen.url, projectorAt150.viewport, projectorAt150.deviceScaleFactor);
  const everyone = [lead, ana, ben, screen];

  await tab(lead, 'Vote').click();
  const openForm = lead.getByRole('form', { name: 'Open a dot vote' });
  await openForm.getByRole('checkbox', { name: 'Even better if' }).uncheck();
  await openForm.getByRole('button', { name: 'Open the vote' }).click();
  // The shortest vote the timebox sets that still has a minute before its last: two minutes.
  await lead.getByText('Timebox', { exact: true }).click();
  const timebox = lead.getByRole('form', { name: 'Set a timebox' });
  await timebox.getByRole('checkbox', { name: 'Until the open vote closes' }).check();
  await timebox.getByRole('spinbutton', { name: 'Minutes' }).fill('2');
  await timebox.getByRole('button', { name: 'Start the timebox' }).click();
  await lead.getByText('Timebox running', { exact: true }).click();
  for (const page of everyone) await expect(page.getByTestId('room-timer')).toContainText(/Vote closes\s*(2:00|1:5\d)/);
  for (const page of [ana, ben, screen]) await expect(page.getByTestId('phase-banner').filter({ hasText: 'Voting closes in one minute' })).toHaveCount(0);

  // A minute later (bounded: the banner must come within the second minute), on every device at once.
  const closing = screen.getByTestId('phase-banner').filter({ hasText: 'Voting closes in one minute' });
  await expect(closing).toBeVisible({ timeout: 75_000 });
  for (const page of everyone) {
    await expect(page.getByTestId('phase-banner').filter({ hasText: 'Voting closes in one minute' })).toBeVisible();
    await expect(page.getByTestId('room-timer')).toContainText(/Vote closes\s*(1:00|0:[2-5]\d)/);
  }
  await shoot(ana, 'vote-last-minute-phone-390x844');
  await shoot(screen, 'vote-last-minute-screen-853x480@1.5');

  // The Lead closes the vote and reveals it; everyone is brought to the results.
  await lead.getByRole('button', { name: 'Close the vote' }).click();
  await lead.getByRole('button', { name: 'Reveal the results' }).click();
  await lead.getByTestId('present-here').click();
  for (const page of [ana, ben]) {
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(page.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
  }
  await expect(screen.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
  await shoot(screen, 'vote-results-screen-853x480@1.5');
  expect(problems).toEqual([]);
});
