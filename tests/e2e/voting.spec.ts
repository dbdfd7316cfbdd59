import type { Page } from '@playwright/test';
import { seedThemes } from '../../server/test/support/boardContent';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

function option(page: Page, lane: string, label: string) {
  return page.getByRole('region', { name: lane }).getByRole('listitem').filter({ hasText: label });
}

test('three people vote in secret, then all see the same revealed tallies', async ({ browser, baseURL, request, relay }, testInfo) => {
  const board = await createBoardByApi(request, 'Dot voting', 'spp-enquiry');
  const seeder = new RawSyncClient(`${relay.url.replace(/^http/, 'ws')}/sync/${board.id}`, board.invites.reviewer.token);
  await seeder.synced;
  await seedThemes(seeder, 3);
  seeder.close();

  const open = async (invite: string, name: string, viewport?: { width: number; height: number }) => {
    const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
    const page = await context.newPage();
    await page.goto(invite);
    await joinAs(page, name, 'In the room');
    await page.getByRole('link', { name: 'Vote' }).click();
    return { context, page };
  };
  const lead = await open(board.invites.facilitator.url, 'Lena Lead', { width: 1920, height: 1080 });
  const ana = await open(board.invites.reviewer.url, 'Ana Reviewer', { width: 390, height: 844 });
  const ben = await open(board.invites.reviewer.url, 'Ben Reviewer');

  await expect(ana.page.getByText('No vote yet')).toBeVisible();
  await lead.page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(lead.page.getByRole('heading', { name: 'Voting is open' })).toBeVisible();

  // Three themes per lane: a budget of one dot per ballot.
  await option(ana.page, 'Strengths', 'strengths theme 0').getByRole('button', { name: /Add a dot/ }).click();
  await option(ana.page, 'Next steps', 'nextSteps theme 1').getByRole('button', { name: /Add a dot/ }).click();
  await expect(ana.page.getByText('0 of 1 dot left').first()).toBeVisible();
  await ana.page.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(ana.page.getByText('Your votes are in')).toBeVisible();
  await snapshot(ana.page, 'voter-phone', (name) => testInfo.outputPath(name));

  await option(ben.page, 'Strengths', 'strengths theme 0').getByRole('button', { name: /Add a dot/ }).click();
  await ben.page.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(ben.page.getByText('Your votes are in')).toBeVisible();

  // Each person sees only their own dots: Ben's page knows nothing of Ana's next-step vote.
  await expect(option(ben.page, 'Next steps', 'nextSteps theme 1').getByLabel(/0 dots on/)).toBeVisible();
  await expect(lead.page.getByText('2 people have voted')).toBeVisible();
  await expect(option(lead.page, 'Strengths', 'strengths theme 0').getByLabel(/0 dots on/)).toBeVisible();

  // A person in the room without a device, through the Lead Reviewer.
  await lead.page.getByText('Vote for someone in the room without a device').click();
  await lead.page.getByRole('textbox', { name: 'Their name' }).fill('Jo Visitor');
  await lead.page.getByRole('button', { name: 'Start their ballot' }).click();
  const proxy = lead.page.getByRole('form', { name: 'Ballot for Jo Visitor' });
  await proxy.getByRole('region', { name: 'Strengths' }).getByRole('listitem').filter({ hasText: 'strengths theme 2' }).getByRole('button', { name: /Add a dot/ }).click();
  await proxy.getByRole('button', { name: 'Cast for Jo Visitor' }).click();
  await expect(proxy.getByText('Cast for Jo Visitor.')).toBeVisible();
  await expect(lead.page.getByText('3 people have voted')).toBeVisible();

  await lead.page.getByRole('button', { name: 'Close the vote' }).click();
  await expect(ana.page.getByText('Waiting for the Lead Reviewer to reveal the results')).toBeVisible();
  await lead.page.getByRole('button', { name: 'Reveal the results' }).click();

  const results = async (page: Page) => {
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    return page.locator('.results__lane').first().innerText();
  };
  const seen = await Promise.all([lead.page, ana.page, ben.page].map(results));
  expect(seen[0]).toContain('strengths theme 0');
  expect(new Set(seen).size).toBe(1);
  await expect(lead.page.locator('.results__row').first()).toContainText('strengths theme 0');
  await expect(lead.page.locator('.results__row').first()).toContainText('2');
  await expect(connectionStatus(lead.page)).toBeVisible();
  await snapshot(lead.page, 'results-projector', (name) => testInfo.outputPath(name));

  for (const { context } of [lead, ana, ben]) await context.close();
});
