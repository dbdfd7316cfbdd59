import { captureCard, inboxCard } from './boardSteps';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** The names of this device's IndexedDB databases that hold anything of the board. */
function boardDatabases(page: Page, boardId: string): Promise<string[]> {
  return page.evaluate(async (id) => (await indexedDB.databases()).flatMap((database) => (database.name?.includes(id) ? [database.name] : [])), boardId);
}

test('the Lead Reviewer deletes a board after typing its title, and every device forgets it', async ({ browser, baseURL, request }, testInfo) => {
  const title = 'Oakfield wash-up';
  const board = await createBoardByApi(request, title);
  const observation = 'Pupils in Year 4 read aloud with confidence';

  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const lead = await leadContext.newPage();
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Morgan', 'In the room');

  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Pat Quinn', 'Remote');

  await lead.getByRole('button', { name: 'Add evidence' }).click();
  await captureCard(lead, observation, { activity: 'lesson visit', stakeholder: 'pupils' });
  await expect(inboxCard(lead, observation)).toBeVisible();
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);
  await expect(reviewer.getByText(observation)).toBeVisible();
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);
  expect(await boardDatabases(reviewer, board.id)).not.toEqual([]);

  // Only the Lead Reviewer has the control; it asks for the title typed exactly.
  await expect(reviewer.getByRole('button', { name: 'People and links' })).toHaveCount(0);
  await lead.getByRole('button', { name: 'People and links' }).click();
  const dialog = lead.getByRole('dialog', { name: 'People and links' });
  await dialog.getByRole('button', { name: 'Delete this board…' }).click();
  const confirm = dialog.getByRole('form', { name: 'Confirm deleting this board' });
  await expect(confirm).toContainText('for everyone, at once');
  await expect(confirm).toContainText('Download the report first');
  const typed = confirm.getByRole('textbox', { name: /Type the board's title/ });
  const deleteButton = confirm.getByRole('button', { name: 'Delete this board for everyone' });
  await typed.fill('Oakfield washup');
  await expect(deleteButton).toBeDisabled();
  await snapshot(lead, 'delete-confirm-wrong-title', (name) => testInfo.outputPath(name));
  await typed.fill(title);
  await expect(deleteButton).toBeEnabled();
  await snapshot(lead, 'delete-confirm', (name) => testInfo.outputPath(name));
  await deleteButton.click();

  // The Lead's device lands on the start page, told what happened, with the board forgotten.
  await expect(lead).toHaveURL(/\/$/);
  await expect(lead.getByRole('status').filter({ hasText: 'Board deleted' })).toContainText(title);
  await expect(lead.getByRole('heading', { name: 'Your boards on this device' })).toHaveCount(0);
  await expect.poll(() => boardDatabases(lead, board.id)).toEqual([]);
  await snapshot(lead, 'lead-start-page-after-delete', (name) => testInfo.outputPath(name));

  // The reviewer is told while connected, and their device wipes its copy at once.
  await expect(reviewer.getByRole('heading', { name: 'This board was deleted' })).toBeVisible();
  await expect.poll(() => boardDatabases(reviewer, board.id)).toEqual([]);
  await snapshot(reviewer, 'reviewer-told-of-delete', (name) => testInfo.outputPath(name));

  // Opening the board's link again on the reviewer's device says it is deleted.
  await reviewer.goto(board.invites.reviewer.url);
  await expect(reviewer.getByRole('heading', { name: 'This board no longer exists' })).toBeVisible();
  await expect(reviewer.getByText('It may have been deleted by the Lead Reviewer.')).toBeVisible();
  await snapshot(reviewer, 'reviewer-reopens-deleted', (name) => testInfo.outputPath(name));
  expect(await boardDatabases(reviewer, board.id)).toEqual([]);

});
