import type { BrowserContext, Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs, presenceEntry, showPresence } from './support/boardPages';
import { phone } from './support/devices';
import { expect, test } from './support/fixtures';
import { openReport } from './reportSteps';

const laptop = { width: 1366, height: 768 };
const shots = '/tmp/narrative-shots';

async function openOn(context: BrowserContext, invite: string, name: string, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
  await page.goto(invite);
  await joinAs(page, name, 'Remote');
  await openReport(page);
  return page;
}

function summaryField(page: Page) {
  return page.getByRole('textbox', { name: 'Overall summary' });
}

async function writeSummary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Write|Edit) overall summary$/ }).click();
  await expect(summaryField(page)).toBeFocused();
}

test('two devices write the summary together: typing at once merges, each sees who writes which paragraph, offline typing merges on reconnect', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Riverside Academy');
  const problems: string[] = [];
  const leadContext = await browser.newContext({ baseURL, viewport: laptop });
  const reviewerContext = await browser.newContext({ baseURL, viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Morgan', problems);
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Pat Quinn', problems);
  await writeSummary(lead);
  await writeSummary(reviewer);

  // Both type in the same (first) paragraph at the same time: the Lead Reviewer at its start, the
  // reviewer at its end. (Two people typing at the very same point at once may interleave their
  // first characters there, in any CRDT: Yjs orders inserts made at one place at one moment by
  // client, so that is no test of the field.)
  await summaryField(lead).pressSequentially('Evidence.', { delay: 10 });
  await expect(summaryField(reviewer)).toHaveValue('Evidence.');
  await summaryField(lead).press('Control+Home');
  await summaryField(reviewer).press('Control+End');
  await Promise.all([
    summaryField(lead).pressSequentially('Leaders know the school well. ', { delay: 25 }),
    summaryField(reviewer).pressSequentially(' Reading is a strength.', { delay: 25 }),
  ]);
  for (const page of [lead, reviewer]) await expect(summaryField(page)).toHaveValue('Leaders know the school well. Evidence. Reading is a strength.');
  await expect(summaryField(lead)).toHaveValue(await summaryField(reviewer).inputValue());

  // Each sees the other beside the paragraph they write, in the field and on the report sheet, and in presence.
  await expect(lead.getByRole('list', { name: 'Also writing the overall summary' })).toContainText('Pat Quinn is writing paragraph 1');
  await expect(reviewer.getByRole('list', { name: 'Also writing the overall summary' })).toContainText('Lee Morgan is writing paragraph 1');
  const leadSheetSummary = lead.getByRole('region', { name: 'Summary', exact: true });
  await expect(leadSheetSummary.locator('.written-paragraph[data-writing]')).toContainText('Pat Quinn is writing');
  await showPresence(lead);
  await expect(presenceEntry(lead, 'Pat Quinn')).toContainText('Writing the overall summary');

  // The reviewer starts a second paragraph: the Lead Reviewer sees them move there.
  await summaryField(reviewer).press('Control+End');
  await summaryField(reviewer).pressSequentially('\n\nNext steps follow.', { delay: 10 });
  await expect(lead.getByRole('list', { name: 'Also writing the overall summary' })).toContainText('Pat Quinn is writing paragraph 2');
  await expect(summaryField(lead)).toHaveValue(/\n\nNext steps follow\.$/);
  await lead.screenshot({ path: `${shots}/laptop-1366x768-writing-together.png`, fullPage: false });
  await reviewer.screenshot({ path: `${shots}/phone-390x844-writing-together.png`, fullPage: false });

  // The reviewer goes offline and goes on typing; the Lead Reviewer types meanwhile; both merge on reconnect.
  await reviewerContext.setOffline(true);
  await expect(connectionStatus(reviewer)).toHaveText(/Offline/);
  await summaryField(reviewer).press('Control+End');
  await summaryField(reviewer).pressSequentially(' Typed offline.', { delay: 10 });
  await summaryField(lead).press('Control+Home');
  await summaryField(lead).pressSequentially('Overall: ', { delay: 10 });
  await expect(summaryField(lead)).not.toHaveValue(/Typed offline/);
  await reviewerContext.setOffline(false);
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/, { timeout: 20_000 });
  for (const page of [lead, reviewer]) {
    await expect(summaryField(page)).toHaveValue(/^Overall: /);
    await expect(summaryField(page)).toHaveValue(/Next steps follow\. Typed offline\.$/);
  }

  // Done: the report prints the merged words; the writer badges go when the fields close.
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await reviewer.getByRole('button', { name: 'Done writing overall summary' }).click();
  await expect(leadSheetSummary).toContainText('Next steps follow. Typed offline.');
  await expect(leadSheetSummary.locator('.written-paragraph[data-writing]')).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Edit overall summary' })).toBeFocused();

  // The field's own undo (Ctrl+Z in a text field) takes back this person's typing, and everyone sees it go.
  await writeSummary(lead);
  await summaryField(lead).press('Control+End');
  // Pasted, so it is one step of the field's own undo.
  await lead.keyboard.insertText(' Oops');
  await expect(leadSheetSummary).toContainText('Typed offline. Oops');
  await summaryField(lead).press('Control+z');
  await expect(summaryField(lead)).toHaveValue(/Typed offline\.$/);
  await expect(reviewer.getByRole('region', { name: 'Summary', exact: true })).not.toContainText('Oops');
  // Too long a part is refused here, with a message, before anything is sent.
  const before = await summaryField(lead).inputValue();
  await lead.keyboard.insertText('x'.repeat(10_000));
  await expect(lead.getByRole('alert')).toContainText('The overall summary holds at most 10,000 characters');
  await expect(summaryField(lead)).toHaveValue(before);
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await lead.screenshot({ path: `${shots}/laptop-1366x768-done.png`, fullPage: false });
  await reviewer.screenshot({ path: `${shots}/phone-390x844-done.png`, fullPage: false });
  expect(problems).toEqual([]);
});
