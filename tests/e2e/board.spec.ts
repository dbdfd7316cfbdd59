import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';
import { evidence, reviewerName } from './boardEvidence';
import { captureCard, inboxCard, lane, screenshot } from './boardSteps';

const projector = { width: 1920, height: 1080 };
const laptop = { width: 1366, height: 900 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

async function open(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await joinAs(page, name, 'In the room');
}

test('a reviewer captures evidence against key questions, the Lead Reviewer places it by keyboard, and coverage shows the gap', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  const leadContext = await browser.newContext({ baseURL, viewport: projector });
  const reviewerContext = await browser.newContext({ baseURL, viewport: laptop });
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await open(lead, board.invites.facilitator.url, 'Lee Lead');
  await open(reviewer, board.invites.reviewer.url, reviewerName);
  // Two key questions agreed with the host; the evidence will answer only the first.
  await lead.getByRole('button', { name: 'Headings and questions' }).click();
  for (const question of ['How well do pupils explain their reasoning?', 'How well is reading taught?']) {
    await lead.getByRole('textbox', { name: 'New key question' }).fill(question);
    await lead.getByRole('button', { name: 'Add question' }).click();
  }
  await lead.getByRole('button', { name: 'Headings and questions' }).click();
  await reviewer.getByRole('button', { name: 'Add evidence' }).click();
  for (const card of evidence) await captureCard(reviewer, card.observation, card);
  for (const card of evidence) await expect(inboxCard(lead, card.observation)).toBeVisible();

  // Keyboard only: the card's "Move to…" button, a place chosen with the arrow keys, Enter to move there.
  const first = evidence[0].observation;
  await inboxCard(lead, first).getByRole('button', { name: /^Move to… \(card: / }).focus();
  await lead.keyboard.press('Enter');
  const places = inboxCard(lead, first).getByRole('combobox', { name: /^Move to… \(card: / });
  await expect(places).toBeFocused();
  const activePlace = () => places.evaluate((box) => document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label'));
  await expect.poll(activePlace).toBe('Inbox (unplaced)');
  await lead.keyboard.press('ArrowDown');
  await expect.poll(activePlace).toBe('Our impact · Strengths, not in a theme');
  await lead.keyboard.press('Enter');
  const impactStrengths = (page: Page) => lane(page, 'Our impact', 'Strengths');
  const placed = impactStrengths(lead).getByRole('article', { name: `Card: ${first}` });
  await expect(placed).toBeVisible();
  // The focus follows the card to its new place, ready for the next step.
  await expect(placed.getByRole('button', { name: /^Move to… \(card: / })).toBeFocused();
  await expect(impactStrengths(reviewer).getByRole('article', { name: `Card: ${first}` })).toBeVisible();

  // The coverage map shows the second key question has no evidence at all.
  await lead.getByRole('button', { name: 'Coverage' }).click();
  const coverage = lead.getByRole('region', { name: 'Coverage' });
  await expect(coverage).toContainText('One key question has no evidence yet.');
  await expect(coverage.getByRole('region', { name: 'By heading' }).getByRole('row', { name: /Q2 How well is reading taught/ })).toContainText('(gap)');
  await expect(coverage.getByRole('region', { name: 'By activity' }).getByRole('row', { name: /Q1 How well do pupils explain/ }).getByRole('cell').nth(2)).toHaveText('1');
  await screenshot(lead, testInfo, 'board-coverage-1920x1080');

});

test('the Lead Reviewer sets up headings and key questions; a reviewer on a phone sees them at once', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Custom review', 'custom');
  const leadContext = await browser.newContext({ baseURL, viewport: laptop });
  const reviewerContext = await browser.newContext({ baseURL, ...phone });
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await open(lead, board.invites.facilitator.url, 'Lee Lead');
  await open(reviewer, board.invites.reviewer.url, 'Rae Reviewer');
  await expect(reviewer.getByRole('button', { name: 'Headings and questions' })).toHaveCount(0);

  await lead.getByRole('button', { name: 'Headings and questions' }).click();
  for (const title of ['Curriculum', 'Behaviour']) {
    await lead.getByRole('textbox', { name: 'New heading' }).fill(title);
    await lead.getByRole('button', { name: 'Add heading' }).click();
  }
  await lead.getByRole('textbox', { name: 'New key question' }).fill('How well do pupils read?');
  await lead.getByRole('button', { name: 'Add question' }).click();
  await lead.getByRole('checkbox', { name: 'Agreed with host' }).check();
  await lead.getByRole('button', { name: 'Move Behaviour up' }).click();
  await lead.getByRole('button', { name: 'Remove Curriculum…' }).click();
  await lead.getByRole('button', { name: 'Keep' }).click();
  await expect(lead.getByRole('textbox', { name: 'Heading 2 title' })).toHaveValue('Curriculum');
  await screenshot(lead, testInfo, 'setup-1366x900');

  await expect(reviewer.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Behaviour', 'Curriculum']);
  await reviewer.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Capture' }).click();
  await expect(reviewer.getByRole('form', { name: 'Add evidence' }).getByRole('checkbox', { name: 'Q1 How well do pupils read?' })).toBeVisible();

  await lead.getByRole('button', { name: 'Remove Curriculum…' }).click();
  await lead.getByRole('button', { name: 'Remove; its cards go to the inbox' }).click();
  await reviewer.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Board' }).click();
  await expect(reviewer.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Behaviour']);

});
