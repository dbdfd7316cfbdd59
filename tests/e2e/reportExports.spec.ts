import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { connectionStatus, joinAs } from './support/boardPages';
import { laptop, phone, projector } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';
import { printedPages, type PrintedPage } from './support/pdfPages';
import { downloadFrom, leadOnReport, openReport, storeEstimate } from './reportSteps';

/** Where the pictures for the closing note go, besides the test's own output. */
const shots = '/tmp/estimates-shots';
const a4 = { width: 794, height: 1123 };

function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** The line of a printed page whose text is exactly `text`, with the page it is on. */
function findLine(pages: readonly PrintedPage[], text: string) {
  for (const page of pages) {
    const line = page.lines.find((entry) => entry.text.trim() === text);
    if (line) return { page, line };
  }
  return null;
}

test('estimates per heading, the evidence appendix as chosen, and exports that read well printed and downloaded', async ({ browser, baseURL, request }, testInfo) => {
  mkdirSync(shots, { recursive: true });
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, { width: 1366, height: 768 }, problems);
  const reviewerContext = await browser.newContext({ baseURL, viewport: laptop });
  const reviewer = await reviewerContext.newPage();
  reviewer.on('pageerror', (error) => problems.push(error.message));
  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Pat Quinn', 'Remote');
  await openReport(reviewer);

  // The Lead Reviewer estimates Leadership; the reviewer sees it at once, and estimates the next heading.
  await expect(region(lead, 'Leadership at all levels')).toContainText('Estimate: Not yet estimated');
  await lead.getByRole('combobox', { name: 'Estimate for Leadership at all levels' }).selectOption('Effective');
  await expect(region(reviewer, 'Leadership at all levels')).toContainText('Estimate: Effective');
  await reviewer.getByRole('combobox', { name: 'Estimate for Quality of provision and outcomes', exact: true }).selectOption('Working towards effective');
  await expect(region(lead, 'Quality of provision and outcomes')).toContainText('Estimate: Working towards effective');
  // The Area of Excellence is validated, not estimated: the QA Review's scale is for the prescribed headings.
  await expect(region(lead, 'Area of Excellence')).not.toContainText('Estimate');
  await expect(lead.getByRole('combobox', { name: 'Estimate for Area of Excellence' })).toHaveCount(0);

  // A point the scale does not hold (written by a Washup whose scale said otherwise) is shown as unreadable, not dropped.
  const disadvantaged = 'Quality of provision and outcomes for disadvantaged pupils and pupils with additional needs';
  await storeEstimate(lead, disadvantaged, 'Outstanding');
  await expect(region(reviewer, disadvantaged)).toContainText('Estimate: Unreadable: “Outstanding” is not on this review’s scale');
  await expect(lead.getByRole('combobox', { name: `Estimate for ${disadvantaged}` })).toHaveValue('Outstanding');

  // The summary cites card 2; with "cited evidence only" the appendix lists card 2 alone, under the same number.
  await lead.getByRole('button', { name: 'Write overall summary' }).click();
  await lead.getByRole('textbox', { name: 'Overall summary' }).fill('Reading is practised daily at home and at school [2].');
  await lead.getByRole('button', { name: 'Done writing overall summary' }).click();
  await expect(region(lead, 'Evidence')).toContainText('[1] Amy');
  await lead.getByRole('combobox', { name: 'Evidence appendix' }).selectOption('Cited evidence only');
  const cited = region(lead, 'Evidence cited');
  await expect(cited).toContainText('[2] Reading records show daily practice at home');
  await expect(cited.getByRole('listitem')).toHaveCount(1);
  await expect(region(lead, 'Summary')).toContainText('[2].');
  await expect(lead.getByRole('article', { name: 'A strong reading culture' })).toContainText('[1] [2] [3]');
  // The reviewer's own choice is theirs: they still see every card.
  await expect(region(reviewer, 'Evidence')).toContainText('[1] Amy');
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);

  // The downloads follow the same choices.
  const markdown = (await downloadFrom(lead, 'Download Markdown (.md)', testInfo.outputPath('report.md'))).bytes.toString('utf8');
  expect(markdown).toContain('## Leadership at all levels\n\n**Estimate:** Effective');
  expect(markdown).toContain('**Estimate:** Working towards effective');
  expect(markdown).toContain('**Estimate:** Unreadable: “Outstanding”');
  expect(markdown).toContain('## Evidence cited');
  expect(markdown).toContain('- [2] Reading records show daily practice at home (work scrutiny)');
  expect(markdown).not.toMatch(/^- \[1\] /m);
  const word = await downloadFrom(lead, 'Download Word (.docx)', testInfo.outputPath('report.docx'));
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  writeFileSync(`${shots}/report.md`, markdown);
  writeFileSync(`${shots}/report.docx`, word.bytes);

  // The screens the team works on, on a phone, a laptop and a projector.
  for (const [name, viewport] of [['phone', phone], ['laptop', { width: 1366, height: 768 }], ['projector', projector]] as const) {
    await lead.setViewportSize(viewport);
    // Below the sticky header: the heading, its estimate and the control to change it.
    const top = await region(lead, 'Leadership at all levels').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    await lead.evaluate((y) => window.scrollTo(0, y - 160), top);
    await lead.screenshot({ path: `${shots}/report-estimate-${name}.png` });
    const overflow = await lead.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the report scrolls sideways on the ${name}`).toBeLessThanOrEqual(0);
  }
  await snapshot(lead, 'report-exports-laptop', (name) => testInfo.outputPath(name), { wholePage: true });

  // Printed as Chromium's "Save as PDF" does, then drawn page by page as a PDF reader draws it.
  await lead.setViewportSize(a4);
  await lead.emulateMedia({ media: 'print' });
  const pdf = await lead.pdf({ format: 'A4', preferCSSPageSize: true });
  await lead.emulateMedia({ media: 'screen' });
  writeFileSync(testInfo.outputPath('report.pdf'), pdf);
  const pages = await printedPages(browser, pdf);
  for (const page of pages.slice(0, 3)) writeFileSync(`${shots}/print-page-${page.number}.png`, page.png);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(8);
  // Every page says where it is, as the Word file's footer does.
  for (const page of pages) expect(page.lines.map((line) => line.text).join(' ')).toContain(`Page ${page.number} of ${pages.length}`);
  const isFooter = (text: string) => /^Page \d+ of \d+$/.test(text.trim());
  // A theme never splits across pages: its title and its last fact (the evidence it cites) print on one page.
  for (const title of ['A strong reading culture', 'Consistency of feedback', 'Oracy across the school']) {
    const found = findLine(pages, title);
    expect(found, title).not.toBeNull();
    const below = found!.page.lines.filter((line) => line.top > found!.line.top && !isFooter(line.text)).map((line) => line.text);
    expect(below, `${title} keeps its facts on its page`).toContain('Evidence');
  }
  // No heading is left alone at the foot of a page: something of its own follows it there.
  for (const heading of ['Leadership at all levels', 'Quality of provision and outcomes', 'Area of Excellence', 'Evidence cited', 'What went well', 'Even better if']) {
    for (const page of pages) {
      // Lane titles print in capitals (CSS text-transform), so compared without case.
      for (const line of page.lines.filter((entry) => entry.text.trim().toLowerCase() === heading.toLowerCase())) {
        const after = page.lines.filter((entry) => entry.top > line.top + 0.005 && !isFooter(entry.text));
        expect(after.length, `"${heading}" at the foot of page ${page.number}`).toBeGreaterThan(0);
      }
    }
  }
  expect(findLine(pages, 'Estimate:')).not.toBeNull();
  // The checks above found what they look for: lane titles and headings are on the pages.
  expect(pages.flatMap((page) => page.lines).filter((line) => line.text.trim() === 'EVEN BETTER IF').length).toBe(4);

  // The Markdown as a reader opens it, for the closing note.
  const reader = await reviewerContext.newPage();
  await reader.setViewportSize(a4);
  await reader.setContent(`<pre style="white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;margin:24px"></pre>`);
  await reader.locator('pre').evaluate((element, text) => (element.textContent = text), markdown);
  await reader.screenshot({ path: `${shots}/markdown-first-page.png` });

  expect(problems).toEqual([]);
});
