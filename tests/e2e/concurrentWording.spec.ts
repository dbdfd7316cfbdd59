import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import { createThemeFromCards } from '@washup/shared/board';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';
import { addEvidence, evidence, laneTarget } from './boardEvidence';
import { inboxCard, lane, openCard, themesIn } from './boardSteps';

const laptop = { viewport: { width: 1366, height: 768 } };
const phone = { viewport: { width: 390, height: 844 }, mobile: true };
const themeTitle = 'Pupils explain their reasoning';

function theme(page: Page): Locator {
  return themesIn(lane(page, 'Our impact', 'Strengths')).first();
}

/** The notice a field's editor shows when someone else saved that field meanwhile. */
function changedUnder(scope: Locator, field: string): Locator {
  return scope.getByRole('group', { name: `Someone else changed the ${field} while you were editing it. Their ${field}:` });
}

/** A board whose first strengths lane holds a theme of two cards, with two more cards in the inbox. */
async function boardWithTheme(request: APIRequestContext, relayUrl: string): Promise<CreateBoardResponse> {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  await writeBoardDoc(relayUrl, board.id, board.invites.reviewer.token, (doc) => {
    const impactStrengths = laneTarget(doc, 'Our impact', 'strengths');
    const [first, second] = addEvidence(doc, (index) => (index < 2 ? impactStrengths : { kind: 'inbox' }));
    if (!first || !second) throw new Error('the evidence was not added');
    createThemeFromCards(doc, second.id, first.id, { title: themeTitle });
  });
  return board;
}

test('two reviewers word the same theme and edit the same card at once: the later one sees the earlier save, merges, and nothing is lost', async ({ browser, request, relay }, testInfo) => {
  const board = await boardWithTheme(request, relay.url);
  const ada = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ada Reviewer', laptop);
  const ben = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ben Reviewer', phone);

  // Both open the theme's wording; Ben starts typing, Ada saves first.
  for (const page of [ada, ben]) await theme(page).getByRole('button', { name: `Edit theme ${themeTitle}` }).click();
  const themeForm = (page: Page) => page.getByRole('form', { name: `Edit theme ${themeTitle}` });
  const adaWords = 'Pupils routinely explain their reasoning to a partner.';
  const benWords = 'Paired talk is planned into every maths lesson.';
  await themeForm(ben).getByRole('textbox', { name: 'Feedback point' }).fill(benWords);
  await themeForm(ada).getByRole('textbox', { name: 'Feedback point' }).fill(adaWords);
  await themeForm(ada).getByRole('button', { name: 'Save theme' }).click();
  await expect(theme(ada)).toContainText(adaWords);

  // Ben's open draft is not overwritten: he is told at once, sees Ada's text and the three choices.
  const notice = changedUnder(themeForm(ben), 'feedback point');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('blockquote')).toHaveText(adaWords);
  for (const choice of ['Merge theirs into mine', 'Use theirs', 'Keep mine']) await expect(notice.getByRole('button', { name: choice })).toBeVisible();
  await expect(themeForm(ben).getByRole('textbox', { name: 'Feedback point' })).toHaveValue(benWords);
  await expect(themeForm(ben).getByRole('status').filter({ hasText: 'Someone else changed the feedback point' })).toBeVisible();
  // Only the field that changed asks: the title was not touched by Ada.
  await expect(changedUnder(themeForm(ben), 'title')).toHaveCount(0);
  await snapshot(ben, 'theme-changed-under-draft-390x844', (name) => testInfo.outputPath(name));
  // The form alone too: a phone's whole page is too tall to read the notice in.
  await themeForm(ben).screenshot({ path: testInfo.outputPath('theme-form-changed-under-draft-390x844.png'), animations: 'disabled' });
  await snapshot(ada, 'theme-saved-first-1366x768', (name) => testInfo.outputPath(name));

  await notice.getByRole('button', { name: 'Merge theirs into mine' }).click();
  await expect(themeForm(ben).getByRole('textbox', { name: 'Feedback point' })).toHaveValue(`${adaWords}\n\n${benWords}`);
  await expect(changedUnder(themeForm(ben), 'feedback point')).toHaveCount(0);
  await themeForm(ben).getByRole('button', { name: 'Save theme' }).click();
  await expect(themeForm(ben)).toHaveCount(0);
  for (const page of [ada, ben]) {
    await expect(theme(page)).toContainText(adaWords);
    await expect(theme(page)).toContainText(benWords);
  }

  // The same for a card's observation, edited on both devices.
  const card = evidence[3].observation;
  for (const page of [ada, ben]) {
    await openCard(inboxCard(page, card));
    await inboxCard(page, card).getByRole('button', { name: /^Edit / }).click();
  }
  const cardForm = (page: Page) => page.getByRole('form', { name: 'Edit evidence' });
  const adaObservation = `${card} maths`;
  const benObservation = `${card}, in two of three books`;
  await cardForm(ben).getByRole('textbox', { name: 'Observation' }).fill(benObservation);
  await cardForm(ada).getByRole('textbox', { name: 'Observation' }).fill(adaObservation);
  await cardForm(ada).getByRole('button', { name: 'Save changes' }).click();
  await expect(inboxCard(ada, adaObservation)).toBeVisible();

  const cardNotice = changedUnder(cardForm(ben), 'observation');
  await expect(cardNotice).toBeVisible();
  await expect(cardNotice.getByRole('blockquote')).toHaveText(adaObservation);
  for (const choice of ['Merge theirs into mine', 'Use theirs', 'Keep mine']) await expect(cardNotice.getByRole('button', { name: choice })).toBeVisible();
  await expect(cardForm(ben).getByRole('textbox', { name: 'Observation' })).toHaveValue(benObservation);
  await expect(changedUnder(cardForm(ben), 'interpretation')).toHaveCount(0);
  await cardNotice.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await snapshot(ben, 'card-changed-under-draft-390x844', (name) => testInfo.outputPath(name));
  await cardNotice.screenshot({ path: testInfo.outputPath('card-notice-390x844.png'), animations: 'disabled' });
  await snapshot(ada, 'card-saved-first-1366x768', (name) => testInfo.outputPath(name));

  await cardNotice.getByRole('button', { name: 'Merge theirs into mine' }).click();
  const merged = `${adaObservation}\n\n${benObservation}`;
  await expect(cardForm(ben).getByRole('textbox', { name: 'Observation' })).toHaveValue(merged);
  await cardForm(ben).getByRole('button', { name: 'Save changes' }).click();
  await expect(cardForm(ben)).toHaveCount(0);
  for (const page of [ada, ben]) {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    await expect(inbox).toContainText(adaObservation);
    await expect(inbox).toContainText(benObservation);
  }
  await snapshot(ben, 'merged-390x844', (name) => testInfo.outputPath(name));
  await snapshot(ada, 'merged-1366x768', (name) => testInfo.outputPath(name));

});

test("the Lead Reviewer's report wording and a reviewer's board form: the reviewer saves first, the Lead keeps their own wording knowingly", async ({ browser, request, relay }, testInfo) => {
  const board = await boardWithTheme(request, relay.url);
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', laptop);
  const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', phone);
  await lead.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
  await lead.getByRole('button', { name: `Edit wording of ${themeTitle}` }).click();
  const leadWords = 'Pupils explain their reasoning with confidence in every class we visited.';
  await lead.getByRole('textbox', { name: /Wording for the report/ }).fill(leadWords);

  await theme(reviewer).getByRole('button', { name: `Edit theme ${themeTitle}` }).click();
  const reviewerWords = 'Pupils explain their reasoning.';
  const form = reviewer.getByRole('form', { name: `Edit theme ${themeTitle}` });
  await form.getByRole('textbox', { name: 'Feedback point' }).fill(reviewerWords);
  await form.getByRole('button', { name: 'Save theme' }).click();
  await expect(theme(reviewer)).toContainText(reviewerWords);

  const report = lead.getByRole('article', { name: themeTitle });
  const notice = changedUnder(report, 'wording');
  await expect(notice.getByRole('blockquote')).toHaveText(reviewerWords);
  await snapshot(lead, 'report-wording-changed-under-draft-1366x768', (name) => testInfo.outputPath(name));
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(changedUnder(report, 'wording')).toHaveCount(0);
  await expect(lead.getByRole('textbox', { name: /Wording for the report/ })).toHaveValue(leadWords);
  await lead.getByRole('button', { name: 'Save wording' }).click();
  await expect(report).toContainText(leadWords);
  await expect(report).not.toContainText(reviewerWords);
  await expect(theme(reviewer)).toContainText(leadWords);
  await snapshot(reviewer, 'report-wording-kept-390x844', (name) => testInfo.outputPath(name));

});
