import type { Browser, Page } from '@playwright/test';
import { connectionStatus, joinAs } from './support/boardPages';
import { enableDebugHandle, type DebugWindow } from './support/debugHandle';
import { joinOnDevice, phone, projector } from './support/devices';
import { expect, test } from './support/fixtures';
import { leadOnReport, openReport } from './reportSteps';

const laptop = { width: 1366, height: 768 };
const shots = '/tmp/reporttrust-shots';
const summaryText = 'Leaders have made reading the heart of the school.';
const refusal = 'version 1 of the report is final, so nothing was saved: the Lead Reviewer starts version 2 to change it';

function flowPanel(page: Page) {
  return page.getByRole('region', { name: /^Version \d/ });
}

/** A device with the client's debug handle on, so the spec can send what a crafted or stale client would. */
async function deviceWithDebugHandle(browser: Browser, baseURL: string, invite: string, name: string, viewport: { width: number; height: number }, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport });
  await enableDebugHandle(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
  await page.goto(invite);
  await joinAs(page, name, 'Remote');
  return page;
}

test("a final version's words are refused on the relay, the writer is told why, and version 2 opens them again", async ({ browser, baseURL, request }) => {
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, projector, problems);
  await lead.getByRole('button', { name: 'Write overall summary' }).click();
  await lead.getByRole('textbox', { name: 'Overall summary' }).fill(summaryText);
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);

  const reviewer = await deviceWithDebugHandle(browser, baseURL!, board.invites.reviewer.url, 'Pat Quinn', laptop, problems);
  const host = await joinOnDevice(browser, baseURL!, board.invites.host.url, 'Hana Head', { viewport: phone, mobile: true, location: 'Remote' }, { problems });
  await openReport(reviewer);
  await openReport(host);

  await lead.getByRole('button', { name: 'Share with the host' }).click();
  await host.getByRole('button', { name: 'Agree this text' }).click();
  await expect(flowPanel(lead)).toContainText('Hana Head agreed this text');
  await lead.getByRole('button', { name: 'Agree this text' }).click();
  await lead.getByRole('button', { name: 'Make version 1 final' }).click();
  for (const page of [lead, reviewer, host]) await expect(flowPanel(page)).toContainText('Version 1 · Final');
  // The report's editors are gone; the Lead Reviewer may start version 2 at once, to change even one word.
  await expect(reviewer.getByRole('button', { name: /^(Write|Edit) / })).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Start version 2' })).toBeVisible();

  // A device that writes to the final version anyway (a stale tab, a crafted client) is refused and told why, in the relay's words.
  await reviewer.evaluate(() => {
    const connection = (window as DebugWindow).washupDebug?.connection as unknown as { board: { doc: { getText(name: string): { insert(at: number, text: string): void } } } } | undefined;
    if (!connection) throw new Error('the debug handle is off');
    connection.board.doc.getText('narrative:summary').insert(0, 'Late words. ');
  });
  await expect(reviewer.getByRole('heading', { name: 'A change made here was refused' })).toBeVisible();
  await expect(reviewer.getByText(`The relay said: ${refusal}`)).toBeVisible();
  await reviewer.screenshot({ path: `${shots}/refused-laptop.png` });

  // Nobody else saw the words, and the final version reads as agreed.
  for (const page of [lead, host]) {
    await expect(page.getByRole('region', { name: 'Summary', exact: true })).toContainText(summaryText);
    await expect(page.getByRole('region', { name: 'Summary', exact: true })).not.toContainText('Late words');
  }
  await flowPanel(host).scrollIntoViewIfNeeded();
  await host.screenshot({ path: `${shots}/final-phone.png` });

  // Version 2 opens the words again: the reviewer reloads from the relay and writes.
  await lead.getByRole('button', { name: 'Start version 2' }).click();
  for (const page of [lead, host]) await expect(flowPanel(page)).toContainText('Version 2 · Draft');
  await reviewer.getByRole('button', { name: 'Reload the board from the relay' }).click();
  await openReport(reviewer);
  await expect(flowPanel(reviewer)).toContainText('Version 2 · Draft');
  await reviewer.getByRole('button', { name: 'Edit overall summary' }).click();
  await reviewer.getByRole('textbox', { name: 'Overall summary' }).fill(`${summaryText} Pupils recommend books to each other.`);
  await reviewer.getByRole('button', { name: 'Done writing overall summary' }).click();
  await expect(lead.getByRole('region', { name: 'Summary', exact: true })).toContainText('Pupils recommend books to each other.');
  await lead.screenshot({ path: `${shots}/version-2-projector.png` });

  expect(problems).toEqual([]);
});
