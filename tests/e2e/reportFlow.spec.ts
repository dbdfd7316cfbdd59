import type { Page } from '@playwright/test';
import { connectionStatus } from './support/boardPages';
import { joinOnDevice, phone, projector } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';
import { downloadFrom, leadOnReport, openReport } from './reportSteps';

const laptop = { width: 1366, height: 768 };

function flowPanel(page: Page) {
  return page.getByRole('region', { name: /^Version \d/ });
}

async function comment(page: Page, on: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Comment on ${on}` }).click();
  await page.getByRole('textbox', { name: `Your comment on ${on}` }).fill(text);
  await page.getByRole('button', { name: 'Add comment' }).click();
}

test('the report goes draft → comments → agreed → final → version 2, with the host as a partner', async ({ browser, baseURL, request }, testInfo) => {
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, projector, problems);
  await lead.getByRole('textbox', { name: 'Name' }).fill('Amy');
  await lead.getByRole('textbox', { name: 'Replace with' }).fill('the class teacher');
  await lead.getByRole('button', { name: 'Add name' }).click();
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);
  await expect(flowPanel(lead)).toContainText('Version 1 · Draft');

  const reviewer = await joinOnDevice(browser, baseURL!, board.invites.reviewer.url, 'Pat Quinn', { viewport: laptop, location: 'Remote' }, { problems });
  const host = await joinOnDevice(browser, baseURL!, board.invites.host.url, 'Hana Head', { viewport: phone, mobile: true, location: 'Remote' }, { problems });
  await openReport(reviewer);
  await openReport(host);

  // The team writes the report's own words: the Lead Reviewer the summary, a reviewer the heading's narrative, drafted from its themes.
  await lead.getByRole('button', { name: 'Write overall summary' }).click();
  await lead.getByRole('textbox', { name: 'Overall summary' }).fill('Leaders have made reading the heart of the school [1].');
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await reviewer.getByRole('button', { name: 'Write narrative for Leadership at all levels' }).click();
  await reviewer.getByRole('button', { name: 'Draft from the themes' }).click();
  const narrative = reviewer.getByRole('textbox', { name: 'Narrative for Leadership at all levels' });
  await expect(narrative).toHaveValue(/^What went well: .*\[1\]\[2\]\[3\]\.\n\nEven better if: /);
  await reviewer.getByRole('button', { name: 'Done writing narrative for Leadership at all levels' }).click();
  await expect(host.getByRole('region', { name: 'Summary', exact: true })).toContainText('Leaders have made reading the heart of the school [1].');
  await expect(host.getByRole('region', { name: 'Leadership at all levels' })).toContainText('What went well: A strong reading culture [1][2][3].');
  await expect(host.getByRole('button', { name: /^(Write|Edit) / })).toHaveCount(0);

  // While it is a draft, the team comments and the host can neither comment nor agree.
  await comment(reviewer, 'A strong reading culture', 'Add the Year 6 book look too?');
  await expect(lead.getByRole('group', { name: 'Comments on A strong reading culture' })).toContainText('Add the Year 6 book look too?');
  await expect(host.getByRole('button', { name: 'Comment on A strong reading culture' })).toHaveCount(0);
  await expect(host.getByRole('button', { name: 'Agree this text' })).toHaveCount(0);

  await lead.getByRole('button', { name: 'Share with the host' }).click();
  await expect(flowPanel(host)).toContainText('Version 1 · Shared with the host');

  // The host checks facts; names on the redaction list are redacted in comments as in the report.
  await comment(host, 'A strong reading culture', "Amy's class is Year 4, not Year 5");
  const leadThread = lead.getByRole('group', { name: 'Comments on A strong reading culture' });
  await expect(leadThread).toContainText("the class teacher's class is Year 4, not Year 5");
  await expect(leadThread).not.toContainText('Amy');
  await expect(leadThread).toContainText('Hana Head');
  await leadThread.getByRole('button', { name: 'Resolve' }).last().click();
  await expect(leadThread).toContainText('Resolved by Lee Morgan');

  // Each agrees the text as it reads; only then can the Lead Reviewer make it final.
  await expect(lead.getByRole('button', { name: 'Make version 1 final' })).toHaveCount(0);
  await host.getByRole('button', { name: 'Agree this text' }).click();
  await expect(flowPanel(lead)).toContainText('Hana Head agreed this text');
  await expect(reviewer.getByRole('button', { name: 'Agree this text' })).toHaveCount(0);
  await lead.getByRole('button', { name: 'Agree this text' }).click();
  await expect(flowPanel(host)).toContainText('Version 1 · Agreed');
  await lead.getByRole('button', { name: 'Make version 1 final' }).click();
  for (const page of [lead, reviewer, host]) await expect(flowPanel(page)).toContainText('Version 1 · Final');
  // A final version is kept as it was agreed: the Lead Reviewer's editors wait for the next version, which they may start at once.
  await expect(lead.getByRole('button', { name: /Edit wording/ })).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Start version 2' })).toBeVisible();

  await snapshot(lead, 'report-flow-final-projector', (name) => testInfo.outputPath(name), { wholePage: true });
  await snapshot(reviewer, 'report-flow-final-laptop', (name) => testInfo.outputPath(name));
  await snapshot(host, 'report-flow-final-phone', (name) => testInfo.outputPath(name));
  expect(await host.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const version1 = await downloadFrom(lead, 'Download version 1 (.md)', testInfo.outputPath('version-1.md'));
  const version1Text = version1.bytes.toString('utf8');
  expect(version1Text).toContain("the class teacher's Year 5 class read aloud with expression");
  expect(version1Text).not.toMatch(/Amy|Votes|Triangulation|PRIVATE/);
  // Markdown escapes the citations' brackets, which readers show as [1].
  expect(version1Text).toContain('## Summary\n\nLeaders have made reading the heart of the school \\[1\\].');
  expect(version1Text).toContain('What went well: A strong reading culture \\[1\\]\\[2\\]\\[3\\].');

  // A change on the board after the final version: everyone sees it, the Lead Reviewer reads the difference and starts version 2.
  await lead.evaluate(() => {
    const connection = (window as unknown as { washupDebug?: { connection: { board: { put: (collection: 'cards', card: unknown) => void; list: (collection: 'cards') => Array<{ id: string; placement: unknown }> } } } }).washupDebug?.connection;
    if (!connection) throw new Error('the debug handle is off');
    const template = connection.board.list('cards').find((card) => card.id === 'card-1')!;
    connection.board.put('cards', { ...template, id: 'card-late', observation: 'Pupils in Year 6 recommend books to each other', capturedAt: 1_760_000_100_000 });
  });
  await expect(flowPanel(host)).toContainText('The report has changed since version 1 was made final');
  await lead.getByRole('button', { name: 'Show what changed since version 1' }).click();
  const difference = lead.getByRole('figure', { name: 'Changes since version 1' });
  await expect(difference).toContainText('Pupils in Year 6 recommend books to each other');
  await expect(difference.locator('[data-change="added"]')).toContainText(['Pupils in Year 6 recommend books to each other']);
  await snapshot(lead, 'report-flow-difference-projector', (name) => testInfo.outputPath(name));
  await lead.getByRole('button', { name: 'Start version 2' }).click();
  for (const page of [lead, reviewer, host]) await expect(flowPanel(page)).toContainText('Version 2 · Draft');
  await expect(lead.getByRole('button', { name: /Edit wording/ }).first()).toBeVisible();
  await lead.getByText(/^Record \(\d+\)$/).click();
  await expect(flowPanel(lead).getByRole('listitem').filter({ hasText: 'Version 2: Lee Morgan (Lead Reviewer) started this version' })).toHaveCount(1);

  expect(problems).toEqual([]);
});
