import { expect, type Locator, type Page } from '@playwright/test';

/** Ways into the UI that several specs share, phrased as a person would use it. */

export async function createBoardInUi(page: Page, title: string, template: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Board title' }).fill(title);
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByText('Board created')).toBeVisible();
}

/** The invite link for one audience, as shown on the page after creating a board. */
export function inviteLink(page: Page, audience: 'Lead Reviewer' | 'Peer reviewers' | 'Host leader' | 'Observers'): Promise<string> {
  return page.getByRole('textbox', { name: audience, exact: true }).inputValue();
}

export async function joinAs(page: Page, name: string, location: 'In the room' | 'Remote'): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('radio', { name: location }).check();
  await page.getByRole('button', { name: 'Join board' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
}

export function connectionStatus(page: Page): Locator {
  // The header's first status; the room line below it (following the Lead Reviewer) has its own.
  return page.getByRole('banner').getByRole('status').first();
}

/** On a phone or a laptop, presence is one row (a count and initials) until opened; a projector's wide screen always shows the list. */
export async function showPresence(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Here now/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.getByRole('list', { name: 'People on this board' })).toBeVisible();
}

export function presenceEntry(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'People on this board' }).getByRole('listitem').filter({ hasText: name });
}
