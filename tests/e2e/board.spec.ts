import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

async function capture(page: Page, observation: string, activity: string) {
  const form = page.getByRole('form', { name: 'Add evidence' });
  await form.getByRole('textbox', { name: /Observation/ }).fill(observation);
  await form.getByText(activity, { exact: true }).click();
  await form.getByRole('button', { name: 'Add card' }).click();
}

const inboxCard = (page: Page, text: string) => page.getByRole('region', { name: 'Inbox' }).getByRole('article', { name: `Card: ${text}` });

test('two reviewers capture at once, place cards by keyboard and by dragging, and see each other’s work', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Synthesis', 'spp-enquiry');
  const aContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  const bContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const a = await aContext.newPage();
  const b = await bContext.newPage();
  await a.goto(board.invites.reviewer.url);
  await joinAs(a, 'Asha Reviewer', 'In the room');
  await b.goto(board.invites.reviewer.url);
  await joinAs(b, 'Bill Reviewer', 'In the room');

  const empty = a.getByRole('form', { name: 'Add evidence' });
  await empty.getByRole('button', { name: 'Add card' }).click();
  await expect(empty.getByRole('alert')).toContainText('Write what you saw or heard first');

  await Promise.all([
    capture(a, 'Pupils in Year 5 explained their reasoning', 'lesson visit'),
    capture(b, 'Pupils said they enjoy explaining their thinking', 'focus group'),
  ]);
  await capture(a, 'Staff describe a shared approach to feedback', 'interview');
  for (const page of [a, b]) {
    await expect(inboxCard(page, 'Pupils in Year 5 explained their reasoning')).toBeVisible();
    await expect(inboxCard(page, 'Pupils said they enjoy explaining their thinking')).toBeVisible();
  }

  // Keyboard only: focus the card's "Move to…" menu and choose the first heading's strengths lane.
  await inboxCard(a, 'Pupils in Year 5 explained their reasoning').getByRole('button', { name: /Move .* to…/ }).focus();
  await a.keyboard.press('Enter');
  await expect(inboxCard(a, 'Pupils in Year 5 explained their reasoning').getByRole('combobox', { name: /Move .* to…/ })).toBeFocused();
  await a.keyboard.press('ArrowDown');
  await a.keyboard.press('ArrowDown');
  await a.keyboard.press('Tab');
  await a.keyboard.press('Enter');
  const strengths = (page: Page) => page.getByRole('region', { name: 'Our impact' }).getByRole('region', { name: 'Strengths' });
  await expect(strengths(a).getByRole('article', { name: /Year 5 explained/ })).toBeVisible();
  await expect(strengths(b).getByRole('article', { name: /Year 5 explained/ })).toBeVisible();

  // A real mouse drag: drop Bill's card onto the placed card to make a theme of the two.
  await a.getByRole('button', { name: 'Add evidence' }).click();
  const handle = inboxCard(a, 'Pupils said they enjoy explaining their thinking').getByRole('button', { name: /^Drag / });
  const target = strengths(a).getByRole('article', { name: /Year 5 explained/ });
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card not on screen');
  await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await a.mouse.down();
  await a.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await a.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await a.mouse.up();

  const theme = (page: Page) => strengths(page).getByRole('region', { name: /^Theme: / });
  await expect(theme(a).getByRole('article')).toHaveCount(2);
  await expect(theme(b).getByRole('article')).toHaveCount(2);
  await expect(theme(b)).toContainText('2 activities');
  await expect(connectionStatus(a)).toHaveText(/All changes saved/);
  // Anyone with edit rights corrects a card; its author stays.
  await inboxCard(b, 'Staff describe a shared approach to feedback').getByRole('button', { name: /^Edit / }).click();
  const edit = b.getByRole('form', { name: 'Edit evidence' });
  await edit.getByRole('textbox', { name: /Observation/ }).fill('Staff describe a shared approach to written feedback');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(inboxCard(a, 'Staff describe a shared approach to written feedback')).toContainText('Asha Reviewer');

  await snapshot(a, 'board-projector', (name) => testInfo.outputPath(name));
  await snapshot(b, 'board-phone', (name) => testInfo.outputPath(name));

  await aContext.close();
  await bContext.close();
});

test('the Lead Reviewer sets up headings and key questions; a reviewer sees them at once', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Custom review', 'custom');
  const leadContext = await browser.newContext({ baseURL });
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Lead', 'In the room');
  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Rae Reviewer', 'Remote');
  await expect(reviewer.getByRole('button', { name: 'Headings and questions' })).toHaveCount(0);

  await lead.getByRole('button', { name: 'Headings and questions' }).click();
  for (const title of ['Curriculum', 'Behaviour']) {
    await lead.getByRole('textbox', { name: 'New heading' }).fill(title);
    await lead.getByRole('button', { name: 'Add heading' }).click();
  }
  await lead.getByRole('textbox', { name: 'New key question' }).fill('How well do pupils read?');
  await lead.getByRole('button', { name: 'Add question' }).click();
  await lead.getByRole('button', { name: 'Move Behaviour up' }).click();
  await snapshot(lead, 'setup-panel', (name) => testInfo.outputPath(name));

  await expect(reviewer.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Behaviour', 'Curriculum']);
  await expect(reviewer.getByRole('form', { name: 'Add evidence' }).getByText('How well do pupils read?')).toBeVisible();

  await leadContext.close();
  await reviewerContext.close();
});

test('a reviewer captures three cards offline, reloads, reconnects, and the other sees all three', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Offline walk', 'qa-review');
  const walkerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const deskContext = await browser.newContext({ baseURL });
  const walker = await walkerContext.newPage();
  const desk = await deskContext.newPage();
  await walker.goto(board.invites.reviewer.url);
  await joinAs(walker, 'Wren Walker', 'In the room');
  await desk.goto(board.invites.reviewer.url);
  await joinAs(desk, 'Dee Desk', 'Remote');
  await expect(connectionStatus(walker)).toHaveText(/All changes saved/);
  // The app itself must be on the device before the wifi drops.
  await walker.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await walkerContext.setOffline(true);
  for (const observation of ['Corridor calm at lunch', 'Library full at break', 'Pupils greet visitors']) {
    await capture(walker, observation, 'climate walk');
  }
  await walker.reload();
  for (const observation of ['Corridor calm at lunch', 'Library full at break', 'Pupils greet visitors']) {
    await expect(inboxCard(walker, observation)).toBeVisible();
  }
  await expect(connectionStatus(walker)).toHaveText(/Offline · 3 unsaved changes/);
  await expect(inboxCard(desk, 'Corridor calm at lunch')).toHaveCount(0);

  await walkerContext.setOffline(false);
  await expect(connectionStatus(walker)).toHaveText(/All changes saved/, { timeout: 20_000 });
  for (const observation of ['Corridor calm at lunch', 'Library full at break', 'Pupils greet visitors']) {
    await expect(inboxCard(desk, observation)).toBeVisible();
  }
  await walkerContext.close();
  await deskContext.close();
});
