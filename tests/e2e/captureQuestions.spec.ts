import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';
import { captureForm, inboxCard, screenshot } from './boardSteps';

const laptop = { width: 1366, height: 768 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const questions = ['How well do pupils explain their reasoning?', 'How well is reading taught?'] as const;
const method = 'Pupils explained their method to a partner';
const phonics = 'Phonics groups were matched to the books pupils read';
const corrected = 'A pupil corrected a partner and said why';
const readAloud = 'Pupils read their own writing aloud and explained their choices';

test('a card saves exactly the key questions ticked at Add; the next card starts unticked; cards show and filter by them', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Key questions on cards', 'spp-enquiry');
  const leadContext = await browser.newContext({ baseURL, viewport: laptop });
  const reviewerContext = await browser.newContext({ baseURL, ...phone });
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Lead', 'In the room');
  await lead.getByRole('button', { name: 'Headings and questions' }).click();
  for (const question of questions) {
    await lead.getByRole('textbox', { name: 'New key question' }).fill(question);
    await lead.getByRole('button', { name: 'Add question' }).click();
  }
  await lead.getByRole('button', { name: 'Headings and questions' }).click();

  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Rae Reviewer', 'In the room');
  await reviewer.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Capture' }).click();
  const form = captureForm(reviewer);
  const q1 = form.getByRole('checkbox', { name: `Q1 ${questions[0]}` });
  const q2 = form.getByRole('checkbox', { name: `Q2 ${questions[1]}` });
  const add = async (observation: string) => {
    await form.getByRole('textbox', { name: 'Observation' }).fill(observation);
    await form.getByRole('button', { name: 'Add card' }).click();
    await expect(form.getByRole('textbox', { name: 'Observation' })).toHaveValue('');
  };

  // The sequence from the report: tick Q1, add; tick Q2, add; tick Q1, add.
  await q1.check();
  await add(method);
  await expect(q1).not.toBeChecked();
  await expect(q2).not.toBeChecked();
  await q2.check();
  await add(phonics);
  await expect(form.getByRole('button', { name: 'Same questions as last card: Q2' })).toBeVisible();
  await q1.check();
  await expect(form.getByRole('button', { name: /^Same questions as last card/ })).toHaveCount(0);
  await add(corrected);
  // One tap brings back the last card's questions, for several cards from one lesson.
  const sameAsLast = form.getByRole('button', { name: 'Same questions as last card: Q1' });
  await sameAsLast.scrollIntoViewIfNeeded();
  await screenshot(reviewer, testInfo, 'capture-questions-390x844');
  await sameAsLast.click();
  await expect(q1).toBeChecked();
  await q2.check();
  await add(readAloud);

  const saved: Array<[string, string[]]> = [
    [method, ['Q1']],
    [phonics, ['Q2']],
    [corrected, ['Q1']],
    [readAloud, ['Q1', 'Q2']],
  ];
  for (const [observation, chips] of saved) {
    const chipsOn = inboxCard(lead, observation).getByRole('list', { name: 'Key questions' }).getByRole('listitem');
    await expect(chipsOn).toHaveText(chips);
  }
  await expect(inboxCard(lead, method).getByRole('listitem', { name: `Q1 ${questions[0]}` })).toBeVisible();

  // Filtering by a key question shows the cards that answer it.
  const filters = lead.getByRole('search', { name: 'Filter the evidence' });
  if ((await filters.getByRole('combobox', { name: 'Key question' }).isHidden())) await filters.getByRole('button', { name: /^Filters/ }).click();
  await filters.getByRole('combobox', { name: 'Key question' }).selectOption({ label: `Q2 ${questions[1]}` });
  await expect(inboxCard(lead, phonics)).toBeVisible();
  await expect(inboxCard(lead, readAloud)).toBeVisible();
  await expect(inboxCard(lead, method)).toHaveCount(0);
  await expect(inboxCard(lead, corrected)).toHaveCount(0);
  await screenshot(lead, testInfo, 'cards-with-questions-1366x768');

});
