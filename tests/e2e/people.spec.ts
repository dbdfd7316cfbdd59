import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

test('the Lead Reviewer sees who joined, removes someone, and replaces the invite links', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'People and links');
  const leadContext = await browser.newContext({ baseURL });
  const lead = await leadContext.newPage();
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Morgan', 'In the room');

  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Pat Quinn', 'Remote');
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);

  await lead.getByRole('button', { name: 'People and links' }).click();
  const dialog = lead.getByRole('dialog', { name: 'People and links' });
  const patRow = dialog.getByRole('listitem').filter({ hasText: 'Pat Quinn' });
  await expect(patRow).toContainText('Peer reviewer');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Lee Morgan' })).toContainText('(you)');
  await snapshot(lead, 'people-dialog', (name) => testInfo.outputPath(name));

  await patRow.getByRole('button', { name: 'Remove…' }).click();
  await patRow.getByRole('button', { name: 'Remove Pat Quinn' }).click();
  await expect(patRow).toContainText('removed');
  await expect(reviewer.getByRole('heading', { name: 'You were removed from this board' })).toBeVisible();

  // Removing Pat replaced the reviewers' link, so Pat cannot come back with the one they had; the
  // dialog shows the new link to pass on.
  const replacedNotice = dialog.getByRole('status').filter({ hasText: 'was removed' });
  await expect(replacedNotice).toContainText('Pat Quinn was removed, so the Peer reviewers link was replaced');
  const afterRemoval = await dialog.getByRole('textbox', { name: 'Peer reviewers', exact: true }).inputValue();
  expect(afterRemoval).not.toBe(board.invites.reviewer.url);
  await snapshot(lead, 'people-dialog-after-removal', (name) => testInfo.outputPath(name));
  const patAgainContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const patAgain = await patAgainContext.newPage();
  await patAgain.goto(board.invites.reviewer.url);
  await expect(patAgain.getByRole('heading', { name: 'This invite link was replaced' })).toBeVisible();

  const latecomerContext = await browser.newContext({ baseURL });
  const latecomer = await latecomerContext.newPage();
  await latecomer.goto(afterRemoval);
  await joinAs(latecomer, 'Sam Okafor', 'In the room');
  await expect(connectionStatus(latecomer)).toHaveText(/All changes saved/);

  // The links were made by the API, not on this device: the dialog offers to make a whole new set.
  await dialog.getByRole('button', { name: 'Make new invite links' }).click();
  // The new set replaces the notice's single link once the relay has answered.
  await expect(replacedNotice).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Peer reviewers', exact: true })).not.toHaveValue(afterRemoval);
  // Those who joined stay on the board through both replacements.
  await expect(connectionStatus(latecomer)).toHaveText(/All changes saved/);

});
