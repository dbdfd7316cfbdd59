import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { docxXml } from '../../server/test/support/docxParts';
import { connectionStatus } from './support/boardPages';
import { joinOnDevice, laptop, phone, projector } from './support/devices';
import { expect, test } from './support/fixtures';
import { downloadFrom, leadOnReport, openReport } from './reportSteps';

const shots = '/tmp/reportexports-shots';

function flowPanel(page: Page) {
  return page.getByRole('region', { name: /^Version \d/ });
}

const wordParts = (bytes: Buffer) => docxXml(new Uint8Array(bytes));

test("the host's comments go into the team's Word copy, and a final version downloads with the evidence appendix as chosen", async ({ browser, baseURL, request }, testInfo) => {
  mkdirSync(shots, { recursive: true });
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, projector, problems);
  await lead.getByRole('textbox', { name: 'Name' }).fill('Amy');
  await lead.getByRole('textbox', { name: 'Replace with' }).fill('the class teacher');
  await lead.getByRole('button', { name: 'Add name' }).click();
  await lead.getByRole('button', { name: 'Write overall summary' }).click();
  await lead.getByRole('textbox', { name: 'Overall summary' }).fill('Leaders have made reading the heart of the school [2].');
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);
  await lead.getByRole('button', { name: 'Share with the host' }).click();

  const host = await joinOnDevice(browser, baseURL!, board.invites.host.url, 'Hana Head', { viewport: phone, mobile: true, location: 'Remote' }, { problems });
  await openReport(host);
  await host.getByRole('button', { name: 'Comment on A strong reading culture' }).click();
  await host.getByRole('textbox', { name: 'Your comment on A strong reading culture' }).fill("Amy's class is Year 4, not Year 5");
  await host.getByRole('button', { name: 'Add comment' }).click();
  await expect(lead.getByRole('group', { name: 'Comments on A strong reading culture' })).toContainText("the class teacher's class is Year 4");

  // The team's working copy: the host's comment as a Word comment on the theme, redacted.
  await lead.getByRole('checkbox', { name: 'Include comments in the downloads (as Word comments)' }).check();
  const working = wordParts((await downloadFrom(lead, 'Download Word (.docx)', testInfo.outputPath('working.docx'))).bytes);
  expect(working['word/comments.xml']).toContain("the class teacher's class is Year 4, not Year 5");
  expect(working['word/comments.xml']).toContain('w:author="Hana Head"');
  expect(Object.values(working).join('')).not.toContain('Amy');
  await lead.getByRole('checkbox', { name: 'Include comments in the downloads (as Word comments)' }).uncheck();

  await host.getByRole('button', { name: 'Agree this text' }).click();
  await expect(flowPanel(lead)).toContainText('Hana Head agreed this text');
  await lead.getByRole('button', { name: 'Agree this text' }).click();
  await lead.getByRole('button', { name: 'Make version 1 final' }).click();
  for (const page of [lead, host]) await expect(flowPanel(page)).toContainText('Version 1 · Final');
  // The host keeps the version as agreed, every card listed (the default), on the phone.
  const hostCopy = (await downloadFrom(host, 'Download version 1 (.md)', testInfo.outputPath('host-version-1.md'))).bytes.toString('utf8');
  expect(hostCopy).toContain('## Evidence\n');
  expect(hostCopy.match(/^- \[\d+\] /gm)?.length).toBeGreaterThan(1);
  expect(hostCopy).not.toContain('Amy');

  // The final version with only the cited evidence, in both formats.
  await lead.getByRole('combobox', { name: 'Evidence appendix' }).selectOption('cited');
  await expect(flowPanel(lead)).toContainText('Downloads list the evidence as chosen above: cited evidence only.');
  const markdown = (await downloadFrom(lead, 'Download version 1 (.md)', testInfo.outputPath('version-1.md'))).bytes.toString('utf8');
  expect(markdown).toContain('## Evidence cited');
  expect(markdown.match(/^- \[\d+\] /gm)).toEqual(['- [2] ']);
  const word = wordParts((await downloadFrom(lead, 'Download version 1 (.docx)', testInfo.outputPath('version-1.docx'))).bytes);
  expect(word['word/document.xml']).toContain('Evidence cited');
  expect(word['word/comments.xml']).toBeUndefined();

  for (const [name, page, viewport] of [['projector', lead, projector], ['laptop', lead, laptop], ['phone', host, phone]] as const) {
    await page.setViewportSize(viewport);
    await flowPanel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/final-versions-${name}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
  expect(problems).toEqual([]);
});
