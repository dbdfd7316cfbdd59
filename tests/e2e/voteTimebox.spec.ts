import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone } from './support/devices';
import { expect, test } from './support/fixtures';
import { schoolLaptop, seedTwoThemes } from './roomSteps';

const shots = '/tmp/room-shots';
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name, exact: true });

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, animations: 'disabled' });
}

test('a vote closes by itself when its timebox runs out: the Lead does nothing, and both devices show the results', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Riverside Academy · timed vote');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, seedTwoThemes);
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: schoolLaptop }, { problems });
  const ana = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }, { problems });

  await tab(lead, 'Vote').click();
  const openForm = lead.getByRole('form', { name: 'Open a dot vote' });
  await openForm.getByRole('checkbox', { name: 'Even better if' }).uncheck();
  await openForm.getByRole('button', { name: 'Open the vote' }).click();
  await expect(lead.getByRole('heading', { name: 'Voting is open' })).toBeVisible();

  // Ana casts her dot on her phone, then wanders off to Capture.
  await tab(ana, 'Vote').click();
  await ana.getByRole('button', { name: 'Add a dot to Pupils explain their reasoning' }).click();
  await ana.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(ana.getByText('Your votes are in.', { exact: false })).toBeVisible();
  await tab(ana, 'Capture').click();

  // A last call: twenty seconds until the open vote closes, on the relay's clock.
  await lead.getByText('Timebox', { exact: true }).click();
  const timebox = lead.getByRole('form', { name: 'Set a timebox' });
  await timebox.getByRole('checkbox', { name: 'Until the open vote closes' }).check();
  await timebox.getByRole('spinbutton', { name: 'Minutes' }).fill('0');
  await timebox.getByRole('spinbutton', { name: 'Seconds' }).fill('20');
  await timebox.getByRole('button', { name: 'Start the timebox' }).click();
  await lead.getByText('Timebox running', { exact: true }).click();
  for (const page of [lead, ana]) await expect(page.getByTestId('room-timer')).toContainText(/Vote closes\s*0:[01]\d/);
  await shoot(ana, 'vote-timebox-running-phone-390x844');
  const startedAt = Date.now();

  // Nobody touches anything: at zero the relay closes the vote, publishes the results and brings Ana to them.
  for (const page of [lead, ana]) {
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 35_000 });
    await expect(page.locator('.results__lanes')).toContainText('Pupils explain their reasoning');
    await expect(page.getByText('Voting closed by itself when its timebox ran out.')).toBeVisible();
    await expect(page.getByTestId('room-timer')).toHaveCount(0);
  }
  expect(Date.now() - startedAt, 'closed at the timebox end, not long after').toBeLessThan(35_000);
  await expect(ana).toHaveURL(new RegExp(`/b/${board.id}/vote$`));
  await expect(lead.getByRole('button', { name: 'Reveal the results' })).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Run this vote again' })).toBeVisible();
  await shoot(ana, 'vote-timebox-results-phone-390x844');
  await shoot(lead, 'vote-timebox-results-lead-1366x768');
  expect(problems).toEqual([]);
});
