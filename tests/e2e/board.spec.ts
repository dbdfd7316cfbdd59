import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';
import { captureCard, dragByGrip, inboxCard, lane, screenshot, themesIn } from './boardSteps';

const projector = { width: 1920, height: 1080 };
const laptop = { width: 1366, height: 900 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

const reasoning = 'Q1 How well do pupils explain their reasoning?';
const evidence = [
  { observation: 'Pupils in Year 5 explained their reasoning to a partner', activity: 'lesson visit', stakeholder: 'pupils', site: 'Main site', questions: [reasoning] },
  { observation: 'Pupils said they enjoy explaining their thinking', activity: 'focus group', stakeholder: 'pupils', site: 'Juniors', questions: [reasoning] },
  { observation: 'Teachers plan paired talk into every maths lesson', activity: 'interview', stakeholder: 'teachers', site: 'Main site' },
  { observation: 'Books show little written reasoning in Year 3', activity: 'work scrutiny', stakeholder: 'pupils', site: 'Juniors' },
] as const;

async function open(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await joinAs(page, name, 'In the room');
}

test('the team places evidence by keyboard and by dragging, builds a theme, and everyone sees it', async ({ browser, baseURL, request }, testInfo) => {
  // Drags across headings wait for the board to scroll under the pointer, as by hand.
  test.setTimeout(120_000);
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  const leadContext = await browser.newContext({ baseURL, viewport: projector });
  const reviewerContext = await browser.newContext({ baseURL, viewport: laptop });
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await open(lead, board.invites.facilitator.url, 'Lee Lead');
  await open(reviewer, board.invites.reviewer.url, 'Rae Reviewer');
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

  // Keyboard only: the card's "Move to…" button, a place chosen with the arrow keys, Tab to Move.
  const first = evidence[0].observation;
  await inboxCard(lead, first).getByRole('button', { name: /^Move .* to…$/ }).focus();
  await lead.keyboard.press('Enter');
  const places = inboxCard(lead, first).getByRole('combobox', { name: /^Move .* to…$/ });
  await expect(places).toBeFocused();
  await lead.keyboard.press('ArrowDown'); // Inbox (unplaced)
  await lead.keyboard.press('ArrowDown'); // Our impact · Strengths: loose
  await expect(places).toHaveValue(/:strengths$/);
  await lead.keyboard.press('Tab');
  await lead.keyboard.press('Enter');
  const impactStrengths = (page: Page) => lane(page, 'Our impact', 'Strengths');
  const placed = impactStrengths(lead).getByRole('article', { name: `Card: ${first}` });
  await expect(placed).toBeVisible();
  // The focus follows the card to its new place, ready for the next step.
  await expect(placed.getByRole('button', { name: /^Move .* to…$/ })).toBeFocused();
  await expect(impactStrengths(reviewer).getByRole('article', { name: `Card: ${first}` })).toBeVisible();

  // Real mouse drags: a card onto the placed card makes a theme; another card onto the theme joins it.
  await dragByGrip(reviewer, inboxCard(reviewer, evidence[1].observation).getByRole('button', { name: /^Drag / }), impactStrengths(reviewer).getByRole('article', { name: `Card: ${first}` }));
  const theme = (page: Page) => themesIn(impactStrengths(page)).first();
  await expect(theme(reviewer).getByRole('article')).toHaveCount(2);
  await dragByGrip(reviewer, inboxCard(reviewer, evidence[2].observation).getByRole('button', { name: /^Drag / }), theme(reviewer).getByRole('heading', { level: 5 }));
  await expect(theme(reviewer).getByRole('article')).toHaveCount(3);
  await expect(theme(lead).getByRole('article')).toHaveCount(3);
  await expect(theme(lead).getByRole('list', { name: 'Triangulation' })).toContainText('3 activities');
  await expect(theme(lead).getByRole('list', { name: 'Triangulation' })).toContainText('2 groups');
  await expect(theme(lead)).not.toContainText('Single source');

  // A loose card on its own lane: dragged to the next steps of another heading.
  await dragByGrip(reviewer, inboxCard(reviewer, evidence[3].observation).getByRole('button', { name: /^Drag / }), lane(reviewer, 'Looking forward', 'Next steps'));
  await expect(lane(lead, 'Looking forward', 'Next steps').getByRole('article', { name: `Card: ${evidence[3].observation}` })).toBeVisible();

  // The Lead Reviewer words the theme and records that the host agreed it.
  await theme(lead).getByRole('button', { name: /^Edit theme / }).click();
  await lead.getByRole('form', { name: /^Edit theme / }).getByRole('textbox', { name: 'Title' }).fill('Pupils explain their reasoning');
  await lead.getByRole('form', { name: /^Edit theme / }).getByRole('textbox', { name: 'Feedback point' }).fill('Pupils routinely explain their reasoning to each other.');
  await lead.getByRole('button', { name: 'Save theme' }).click();
  await theme(lead).getByRole('radio', { name: 'Agreed' }).check();
  await expect(theme(reviewer)).toContainText('Pupils routinely explain their reasoning to each other.');
  await expect(theme(reviewer).getByRole('radio', { name: 'Agreed' })).toBeChecked();

  // A theme moves by its menu too, its cards with it.
  await theme(lead).getByRole('button', { name: /^Move theme .* to…$/ }).click();
  await theme(lead).getByRole('combobox', { name: /^Move theme .* to…$/ }).selectOption({ label: 'Looking inward · Strengths' });
  await theme(lead).getByRole('button', { name: 'Move', exact: true }).click();
  await expect(themesIn(lane(reviewer, 'Looking inward', 'Strengths')).getByRole('article')).toHaveCount(3);
  // And by its grip: the reviewer drags it to another heading's next steps, and back.
  const inward = themesIn(lane(reviewer, 'Looking inward', 'Strengths')).first();
  await dragByGrip(reviewer, inward.getByRole('button', { name: /^Drag theme / }), lane(reviewer, 'Looking outward', 'Next steps'));
  await expect(themesIn(lane(lead, 'Looking outward', 'Next steps')).getByRole('article')).toHaveCount(3);
  const outward = themesIn(lane(reviewer, 'Looking outward', 'Next steps')).first();
  await dragByGrip(reviewer, outward.getByRole('button', { name: /^Drag theme / }), lane(reviewer, 'Looking inward', 'Strengths'));
  await expect(themesIn(lane(lead, 'Looking inward', 'Strengths')).getByRole('article')).toHaveCount(3);

  // Search and filters narrow the board.
  await lead.getByRole('searchbox', { name: 'Search the evidence' }).fill('books');
  await expect(lead.getByText('Showing 1 of 4 cards.')).toBeVisible();
  await lead.getByRole('searchbox', { name: 'Search the evidence' }).fill('');
  await lead.getByRole('combobox', { name: 'Activity' }).selectOption('interview');
  await expect(lead.getByText('Showing 1 of 4 cards.')).toBeVisible();
  await lead.getByRole('button', { name: 'Clear filters' }).click();

  // Anyone who can edit corrects a card; its author stays.
  await inboxCard(lead, evidence[0].observation).waitFor({ state: 'detached' });
  const moved = lane(lead, 'Looking forward', 'Next steps').getByRole('article', { name: `Card: ${evidence[3].observation}` });
  await moved.getByRole('button', { name: /^Edit / }).click();
  await lead.getByRole('form', { name: 'Edit evidence' }).getByRole('textbox', { name: 'Observation' }).fill('Books show little written reasoning in Year 3 maths');
  await lead.getByRole('form', { name: 'Edit evidence' }).getByRole('button', { name: 'Save changes' }).click();
  await expect(lane(reviewer, 'Looking forward', 'Next steps').getByRole('article', { name: 'Card: Books show little written reasoning in Year 3 maths' })).toContainText('Rae Reviewer');
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);

  // The coverage map shows the second key question has no evidence at all.
  await lead.getByRole('button', { name: 'Coverage' }).click();
  const coverage = lead.getByRole('region', { name: 'Coverage' });
  await expect(coverage).toContainText('One key question has no evidence yet.');
  await expect(coverage.getByRole('region', { name: 'By heading' }).getByRole('row', { name: /Q2 How well is reading taught/ })).toContainText('(gap)');
  await expect(coverage.getByRole('region', { name: 'By activity' }).getByRole('row', { name: /Q1 How well do pupils explain/ }).getByRole('cell').nth(2)).toHaveText('1');
  await screenshot(lead, testInfo, 'board-coverage-1920x1080');
  await lead.getByRole('button', { name: 'Coverage' }).click();
  await lead.evaluate(() => window.scrollTo(0, 0));
  await screenshot(lead, testInfo, 'board-1920x1080');

  // The host reads the board but changes nothing: no grips, menus, edit buttons or capture.
  const hostContext = await browser.newContext({ baseURL, ...phone });
  const host = await hostContext.newPage();
  await open(host, board.invites.host.url, 'Hana Host');
  const hostTheme = themesIn(lane(host, 'Looking inward', 'Strengths')).first();
  await expect(hostTheme).toContainText('Agreed with host');
  await expect(hostTheme.getByRole('article')).toHaveCount(3);
  await expect(host.getByRole('main').getByRole('button', { name: /^(Drag|Move|Edit)/ })).toHaveCount(0);
  await expect(host.getByRole('button', { name: 'Add evidence' })).toHaveCount(0);
  await expect(host.getByRole('main').getByRole('radio')).toHaveCount(0);
  await hostTheme.scrollIntoViewIfNeeded();
  await screenshot(host, testInfo, 'board-host-390x844');

  await leadContext.close();
  await reviewerContext.close();
  await hostContext.close();
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

  await leadContext.close();
  await reviewerContext.close();
});
