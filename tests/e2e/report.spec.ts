import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';
import { downloadFrom, leadOnReport, openReport } from './reportSteps';

const desktop = { width: 1440, height: 1000 };

test('the Lead Reviewer words the report and redacts a name; the host sees it live and downloads both files', async ({ browser, baseURL, request }, testInfo) => {
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, desktop, problems);
  const hostContext = await browser.newContext({ baseURL, viewport: desktop, acceptDownloads: true });
  const host = await hostContext.newPage();
  host.on('pageerror', (error) => problems.push(error.message));
  await host.goto(board.invites.host.url);
  await joinAs(host, 'Hana Head', 'Remote');
  await openReport(host);

  const hostReading = host.getByRole('article', { name: 'A strong reading culture' });
  // The theme cites its evidence by number; the cards themselves are in the appendix.
  const hostAppendix = host.getByRole('region', { name: 'Evidence', exact: true });
  await expect(hostReading).toContainText('[1] [2] [3]');
  await expect(hostAppendix).toContainText("[1] Amy's Year 5 class read aloud with expression");
  await expect(host.getByRole('main')).not.toContainText('PRIVATE');
  // The host reads; only the Lead Reviewer edits. The host's only choices are their own agreement with each theme.
  await expect(host.getByRole('button', { name: /Edit wording/ })).toHaveCount(0);
  await expect(host.getByRole('heading', { name: 'Names to redact' })).toHaveCount(0);
  await expect(host.getByRole('group', { name: /^Your agreement with / })).toHaveCount(3);
  await expect(host.getByRole('main').getByRole('radio')).toHaveCount(9);
  await expect(lead.getByRole('group', { name: /^Your agreement with / })).toHaveCount(0);

  // The Lead Reviewer words the theme and redacts a pupil's teacher's name; the host marks it agreed.
  await lead.getByRole('button', { name: 'Edit wording of A strong reading culture' }).click();
  await lead.getByRole('textbox', { name: /Wording for the report/ }).fill('Leaders, with Amy, have built a reading culture that pupils describe with pride.');
  await lead.getByRole('button', { name: 'Save wording' }).click();
  await host.getByRole('group', { name: 'Your agreement with A strong reading culture' }).getByRole('radio', { name: 'Agreed' }).check();
  await lead.getByRole('textbox', { name: 'Name' }).fill('Amy');
  await lead.getByRole('textbox', { name: 'Replace with' }).fill('the class teacher');
  await lead.getByRole('button', { name: 'Add name' }).click();
  await expect(lead.getByRole('list', { name: 'Names to redact' })).toContainText('Amy');
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);

  await expect(hostReading).toContainText('Leaders, with the class teacher, have built a reading culture that pupils describe with pride.');
  await expect(hostAppendix).toContainText("[1] the class teacher's Year 5 class read aloud with expression");
  await expect(hostReading).toContainText('Agreed with the host');
  await expect(host.getByRole('main')).not.toContainText('Amy');
  await expect(host.getByRole('row', { name: /A strong reading culture/ })).toContainText('Agreed with the host');
  // The host's copy leaves out the team's figures unless someone chooses them.
  await expect(hostReading).not.toContainText('Triangulation');
  await expect(host.getByRole('columnheader', { name: 'Votes' })).toHaveCount(0);

  await snapshot(lead, 'report-facilitator', (name) => testInfo.outputPath(name));
  await snapshot(host, 'report-host', (name) => testInfo.outputPath(name));
  // The print layout at the width of an A4 page (96 dpi), as "Save as PDF" lays it out.
  await host.setViewportSize({ width: 794, height: 1123 });
  await host.emulateMedia({ media: 'print' });
  await snapshot(host, 'report-print', (name) => testInfo.outputPath(name), { wholePage: true });
  await host.pdf({ path: testInfo.outputPath('report.pdf'), format: 'A4', preferCSSPageSize: true });
  await host.emulateMedia({ media: 'screen' });
  await host.setViewportSize(desktop);

  // Both files, from the host's buttons: named from the title and date, redacted, with the new wording.
  const markdown = await downloadFrom(host, 'Download Markdown (.md)', testInfo.outputPath('report.md'));
  expect(markdown.name).toMatch(/^riverside-academy-feedback-report-\d{4}-\d{2}-\d{2}\.md$/);
  const text = markdown.bytes.toString('utf8');
  expect(text).toContain('Leaders, with the class teacher, have built a reading culture that pupils describe with pride.');
  expect(text).toContain("- [1] the class teacher's Year 5 class read aloud with expression (lesson visit · pupils · Year 5)");
  expect(text).toContain('## Area of Excellence');
  expect(text).not.toMatch(/Amy|PRIVATE|Rae Reviewer/);
  expect(text).not.toMatch(/Votes|Triangulation/);

  const word = await downloadFrom(host, 'Download Word (.docx)', testInfo.outputPath('report.docx'));
  expect(word.name).toMatch(/^riverside-academy-feedback-report-\d{4}-\d{2}-\d{2}\.docx$/);
  // A zip (PK) holding a Word body; entry names are stored uncompressed in the zip's directory.
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(word.bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

  // The Lead Reviewer downloads too, with interpretations and the figures switched on: screen and file agree.
  await lead.getByRole('checkbox', { name: 'Include reviewers’ interpretations' }).check();
  await lead.getByRole('checkbox', { name: 'Include votes and triangulation figures' }).check();
  await expect(lead.getByRole('article', { name: 'A strong reading culture' })).toContainText('Triangulation');
  await expect(lead.getByRole('columnheader', { name: 'Votes' })).toBeVisible();
  const leadWord = await downloadFrom(lead, 'Download Word (.docx)', testInfo.outputPath('lead-report.docx'));
  expect(leadWord.name).toMatch(/\.docx$/);
  const leadMarkdown = await downloadFrom(lead, 'Download Markdown (.md)', testInfo.outputPath('lead-report.md'));
  expect(leadMarkdown.bytes.toString('utf8')).toContain('- **Triangulation:** ');

  // A peer reviewer sees the same report.
  const reviewerContext = await browser.newContext({ baseURL, viewport: desktop });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Pat Quinn', 'Remote');
  await openReport(reviewer);
  await expect(reviewer.getByRole('article', { name: 'A strong reading culture' })).toContainText('Leaders, with the class teacher');
  // A peer reviewer may comment on the report (the team's own notes) but has no editor and no export.
  await expect(reviewer.getByRole('main').getByRole('button', { name: /Edit|Download|Print|Share|Agree|final|Resolve|Remove|Add name/ })).toHaveCount(0);
  await expect(reviewer.getByRole('main').getByRole('button', { name: 'Comment on A strong reading culture' })).toBeVisible();
  await expect(reviewer.getByRole('main').getByRole('radio')).toHaveCount(0);

  expect(problems).toEqual([]);
});
