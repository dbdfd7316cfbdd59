import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { connectionStatus } from './support/boardPages';
import { joinOnDevice, phone } from './support/devices';
import { expect, test } from './support/fixtures';
import { leadOnReport, openReport } from './reportSteps';

const laptop = { width: 1366, height: 768 };
const shots = '/tmp/hostpartner-shots';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

test('the host proposes a key question the Lead Reviewer accepts, agrees a theme and comments; the team sees who and when', async ({ browser, baseURL, request }) => {
  const problems: string[] = [];
  const { board, lead } = await leadOnReport({ browser, baseURL, request }, laptop, problems);
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);

  const host = await joinOnDevice(browser, baseURL ?? '', board.invites.host.url, 'Hana Head', { viewport: phone, mobile: true, location: 'Remote' }, { problems });
  const reviewer = await joinOnDevice(browser, baseURL ?? '', board.invites.reviewer.url, 'Pat Quinn', { viewport: laptop }, { problems });
  await openReport(host);

  // The host proposes a key question; the Lead Reviewer accepts it into the board's key questions.
  const proposal = 'How well do leaders involve parents in reading?';
  await host.getByRole('textbox', { name: 'Propose a key question' }).fill(proposal);
  await host.getByRole('button', { name: 'Propose' }).click();
  const leadProposals = lead.getByRole('region', { name: 'Proposed by the host' });
  await expect(leadProposals).toContainText(proposal);
  await expect(leadProposals).toContainText('Proposed by Hana Head');
  await leadProposals.getByRole('button', { name: 'Accept the proposed key question' }).click();
  const hostQuestions = host.getByRole('region', { name: 'Key questions' });
  await expect(hostQuestions.getByRole('listitem').filter({ hasText: proposal }).first()).toContainText(/agreed with the host \(Hana Head, \d{1,2} \w+ \d{4}\)/);
  await expect(host.getByRole('region', { name: 'Proposed by the host' })).toContainText('Accepted by Lee Morgan');

  // The host agrees the team's own question too, by keyboard.
  const agree = hostQuestions.getByRole('button', { name: 'Agree key question 1' });
  await agree.focus();
  await host.keyboard.press('Enter');
  await expect(lead.getByRole('region', { name: 'Key questions' }).getByRole('listitem').filter({ hasText: 'How well do leaders develop a love of reading?' })).toContainText(
    'agreed with the host (Hana Head,',
  );

  // The host marks a theme agreed (arrow keys move along the radios) and comments on it.
  const agreement = host.getByRole('group', { name: 'Your agreement with A strong reading culture' });
  await agreement.getByRole('radio', { name: 'Tested', exact: true }).check();
  await agreement.getByRole('radio', { name: 'Tested', exact: true }).press('ArrowRight');
  await expect(agreement.getByRole('radio', { name: 'Agreed', exact: true })).toBeChecked();
  const hostReading = host.getByRole('article', { name: 'A strong reading culture' });
  await hostReading.getByRole('textbox', { name: 'Host comment on A strong reading culture' }).fill('Year 6 also read aloud daily.');
  await hostReading.getByRole('button', { name: 'Send host comment' }).click();
  await expect(hostReading.getByRole('group', { name: 'Host comments on A strong reading culture' })).toContainText('Year 6 also read aloud daily.');

  // The Lead Reviewer's report and the reviewer's board show the host's name and time.
  const leadReading = lead.getByRole('article', { name: 'A strong reading culture' });
  await expect(leadReading).toContainText(/Agreed with the host \(Hana Head, \d{1,2} \w+ \d{4}\)/);
  await expect(lead.getByRole('row', { name: /A strong reading culture/ })).toContainText('Agreed with the host (Hana Head,');
  const reviewerTheme = reviewer.getByRole('region', { name: 'Theme: A strong reading culture' });
  await expect(reviewerTheme).toContainText(/Agreed with the host \(Hana Head, .*\d{1,2}:\d{2}.*\)/);
  await expect(reviewerTheme).toContainText('Year 6 also read aloud daily.');
  await expect(reviewerTheme.getByRole('button', { name: /^Resolve/ })).toHaveCount(0);

  // Nobody else can set it: the reviewer and the Lead Reviewer have no agreement control.
  await expect(reviewer.getByRole('group', { name: /^Your agreement/ })).toHaveCount(0);
  await expect(lead.getByRole('group', { name: /^Your agreement/ })).toHaveCount(0);

  // The Lead Reviewer resolves the comment; everyone sees it resolved.
  await leadReading.getByRole('button', { name: 'Resolve the host’s comment on A strong reading culture' }).click();
  await expect(hostReading).toContainText('Resolved by Lee Morgan');
  await expect(reviewerTheme).toContainText('Resolved by Lee Morgan');

  await hostQuestions.scrollIntoViewIfNeeded();
  await shoot(host, 'host-key-questions-390x844');
  await hostReading.scrollIntoViewIfNeeded();
  await shoot(host, 'host-theme-390x844');
  await leadReading.scrollIntoViewIfNeeded();
  await shoot(lead, 'lead-report-1366x768');
  await reviewerTheme.scrollIntoViewIfNeeded();
  await shoot(reviewer, 'reviewer-board-1366x768');

  expect(problems).toEqual([]);
});
