import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';
import { captureCard, captureForm, inboxCard, openCard, screenshot } from './boardSteps';

const desk = { width: 1920, height: 1080 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

test('two reviewers capture at once, one at a desk and one on a phone, and each sees both cards', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Capture at once', 'spp-enquiry');
  const deskContext = await browser.newContext({ baseURL, viewport: desk });
  const phoneContext = await browser.newContext({ baseURL, ...phone });
  const a = await deskContext.newPage();
  const b = await phoneContext.newPage();
  await a.goto(board.invites.reviewer.url);
  await joinAs(a, 'Asha Reviewer', 'In the room');
  await a.getByRole('button', { name: 'Add evidence' }).click();
  await b.goto(board.invites.reviewer.url);
  await joinAs(b, 'Bill Reviewer', 'In the room');
  await b.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Capture' }).click();
  await expect(captureForm(b).getByRole('textbox', { name: 'Observation' })).toBeFocused();

  // An empty observation is refused with a message that says what to do.
  await captureForm(b).getByRole('button', { name: 'Add card' }).click();
  await expect(captureForm(b).getByRole('alert')).toHaveText('Write what you saw or heard first: the observation is the evidence.');
  await expect(captureForm(b).getByRole('textbox', { name: 'Observation' })).toHaveAttribute('aria-invalid', 'true');
  await expect(captureForm(b).getByRole('textbox', { name: 'Observation' })).toBeFocused();

  await Promise.all([
    captureCard(a, 'Pupils in Year 5 explained their reasoning to a partner', { activity: 'lesson visit', stakeholder: 'pupils', site: 'Main site' }),
    captureCard(b, 'Pupils said they enjoy explaining their thinking', { activity: 'focus group', stakeholder: 'pupils', site: 'Juniors' }),
  ]);
  await expect(captureForm(b).getByRole('status')).toHaveText('Card added.');

  // The next card on the walk starts from the same source: activity, group and site stay chosen,
  // and a site used before is one tap away.
  const form = captureForm(b);
  await expect(form.getByRole('textbox', { name: 'Observation' })).toHaveValue('');
  await expect(form.getByRole('radio', { name: 'focus group', exact: true })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Site' })).toHaveValue('Juniors');
  await form.getByRole('textbox', { name: 'Site' }).fill('');
  await form.getByRole('button', { name: 'Juniors' }).click();
  await expect(form.getByRole('textbox', { name: 'Site' })).toHaveValue('Juniors');
  await form.getByRole('textbox', { name: 'Observation' }).fill('A pupil asked a partner to explain why');
  await form.getByRole('radio', { name: 'Strength', exact: true }).check();
  await form.getByRole('checkbox', { name: /Counter-evidence/ }).check();
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByRole('status')).toHaveText('2 cards added.');
  await expect(b.getByRole('region', { name: 'Your latest cards' }).getByRole('article')).toHaveCount(2);
  await screenshot(b, testInfo, 'capture-390x844');

  for (const observation of ['Pupils in Year 5 explained their reasoning to a partner', 'Pupils said they enjoy explaining their thinking', 'A pupil asked a partner to explain why']) {
    await expect(inboxCard(a, observation)).toBeVisible();
  }
  await expect(inboxCard(a, 'A pupil asked a partner to explain why')).toContainText('Counter-evidence');
  await openCard(inboxCard(a, 'Pupils said they enjoy explaining their thinking'));
  await expect(inboxCard(a, 'Pupils said they enjoy explaining their thinking')).toContainText('Bill Reviewer');
  await expect(connectionStatus(b)).toHaveText(/All changes saved/);
  await screenshot(a, testInfo, 'board-with-capture-1920x1080');

});

test('a reviewer captures three cards offline, reloads, reconnects, and the other sees all three', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Offline walk', 'qa-review');
  const walkerContext = await browser.newContext({ baseURL, ...phone });
  const deskContext = await browser.newContext({ baseURL, viewport: desk });
  const walker = await walkerContext.newPage();
  const deskPage = await deskContext.newPage();
  await walker.goto(board.invites.reviewer.url);
  await joinAs(walker, 'Wren Walker', 'In the room');
  await deskPage.goto(board.invites.reviewer.url);
  await joinAs(deskPage, 'Dee Desk', 'Remote');
  await walker.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Capture' }).click();
  await expect(connectionStatus(walker)).toHaveText(/All changes saved/);
  // The app itself must be on the device before the wifi drops.
  await walker.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  const walk = ['Corridor calm at lunch', 'Library full at break', 'Pupils greet visitors'];
  await walkerContext.setOffline(true);
  for (const observation of walk) await captureCard(walker, observation, { activity: 'climate walk' });
  await walker.reload();
  await expect(captureForm(walker)).toBeVisible();
  for (const observation of walk) await expect(walker.getByRole('region', { name: 'Your latest cards' }).getByRole('article', { name: `Card: ${observation}` })).toBeVisible();
  await expect(connectionStatus(walker)).toHaveText(/Offline · 3 unsaved changes/);
  await expect(inboxCard(deskPage, 'Corridor calm at lunch')).toHaveCount(0);

  await walkerContext.setOffline(false);
  await expect(connectionStatus(walker)).toHaveText(/All changes saved/, { timeout: 20_000 });
  for (const observation of walk) await expect(inboxCard(deskPage, observation)).toBeVisible();
});
