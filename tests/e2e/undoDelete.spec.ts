import type { Page } from '@playwright/test';
import { createThemeFromCards } from '@washup/shared/board';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';
import { addEvidence, evidence, laneTarget } from './boardEvidence';
import { captureCard, chooseFromPlaceMenu, inboxCard, lane, openCard, themesIn } from './boardSteps';

const laptop = { width: 1366, height: 768 };
const mine = 'Lunchtime queue moved quickly thanks to two serving points';

const impactStrengths = (page: Page) => lane(page, 'Our impact', 'Strengths');
const theme = (page: Page, title: string) => impactStrengths(page).getByRole('region', { name: `Theme: ${title}`, exact: true });
const liveRegion = (page: Page) => page.getByRole('status').filter({ hasText: /^(Undone|Redone|Nothing|Card deleted|Theme)/ });

test('a reviewer deletes a card and undoes it; the Lead Reviewer merges and dissolves themes on a phone and undoes only their own change', async ({ browser, request, relay }, testInfo) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    const [first, second, third, fourth] = addEvidence(doc, () => laneTarget(doc, 'Our impact', 'strengths'));
    createThemeFromCards(doc, second!.id, first!.id, { title: 'Reasoning aloud' });
    createThemeFromCards(doc, fourth!.id, third!.id, { title: 'Paired talk' });
  });
  const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', { viewport: laptop });
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', { viewport: phone, mobile: true });
  const shot = (page: Page, name: string) => snapshot(page, name, (file) => testInfo.outputPath(file));

  // The reviewer captures a card, then deletes it: gone on the phone too, with an Undo on the laptop.
  await reviewer.getByRole('button', { name: 'Add evidence' }).click();
  await captureCard(reviewer, mine, { activity: 'lesson visit' });
  await expect(inboxCard(lead, mine)).toBeVisible();
  // Someone else's card has no Delete for a reviewer; their own has.
  const others = impactStrengths(reviewer).getByRole('article').first();
  await openCard(others);
  await expect(others.getByRole('button', { name: /^Edit / })).toBeVisible();
  await expect(others.getByRole('button', { name: /^Delete / })).toHaveCount(0);
  await openCard(inboxCard(reviewer, mine));
  await inboxCard(reviewer, mine).getByRole('button', { name: /^Delete / }).click();
  await expect(inboxCard(reviewer, mine)).toHaveCount(0);
  await expect(inboxCard(lead, mine)).toHaveCount(0);
  await expect(reviewer.locator('.undo-toast')).toContainText('Card deleted.');
  await shot(reviewer, 'deleted-1366x768');

  // Ctrl+Z (outside any text field) brings it back on both devices, and says so.
  await reviewer.locator('body').click({ position: { x: 5, y: 400 } });
  await reviewer.keyboard.press('Control+z');
  await expect(inboxCard(reviewer, mine)).toBeVisible();
  await expect(inboxCard(lead, mine)).toBeVisible();
  await expect(liveRegion(reviewer)).toHaveText('Undone: Card deleted.');
  // Typing in a text field keeps the browser's own undo: the board is left alone.
  const search = reviewer.getByRole('searchbox', { name: 'Search the evidence' });
  await search.fill('x');
  await search.press('Control+z');
  await expect(inboxCard(reviewer, mine)).toBeVisible();
  await search.fill('');

  // The Lead Reviewer, on a phone, merges "Paired talk" into "Reasoning aloud", then dissolves it.
  await chooseFromPlaceMenu(theme(lead, 'Paired talk'), 'Merge into… (theme: Paired talk)', 'Our impact · Strengths, theme “Reasoning aloud”', 'reasoning aloud');
  await expect(themesIn(impactStrengths(reviewer))).toHaveCount(1);
  await expect(theme(reviewer, 'Reasoning aloud').getByRole('article')).toHaveCount(4);
  await theme(lead, 'Reasoning aloud').getByRole('button', { name: 'Dissolve theme Reasoning aloud' }).click();
  await expect(themesIn(impactStrengths(reviewer))).toHaveCount(0);
  await expect(impactStrengths(reviewer).getByRole('article')).toHaveCount(4);
  await shot(lead, 'dissolved-390x844');

  // Meanwhile the reviewer moves their card out of the inbox.
  await chooseFromPlaceMenu(inboxCard(reviewer, mine), /^Move to… \(card: /, 'Looking forward · Next steps, not in a theme', 'forward next not');
  const moved = (page: Page) => lane(page, 'Looking forward', 'Next steps').getByRole('article', { name: `Card: ${mine}` });
  await expect(moved(lead)).toBeVisible();

  // The phone's Undo undoes the Lead Reviewer's dissolve, then the merge; never the reviewer's move.
  const undo = lead.getByRole('group', { name: 'Your changes' }).getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(theme(reviewer, 'Reasoning aloud').getByRole('article')).toHaveCount(4);
  await expect(liveRegion(lead)).toHaveText(/^Undone: Theme “Reasoning aloud” dissolved\.$/);
  await undo.click();
  await expect(theme(reviewer, 'Reasoning aloud').getByRole('article')).toHaveCount(2);
  await expect(theme(reviewer, 'Paired talk').getByRole('article')).toHaveCount(2);
  await expect(theme(reviewer, 'Paired talk').getByRole('article').first()).toHaveAccessibleName(`Card: ${evidence[2].observation}`);
  await expect(moved(reviewer)).toBeVisible();
  await expect(moved(lead)).toBeVisible();
  // Nothing of the Lead Reviewer's is left to undo (the button says so, and stays in the Tab order): the reviewer's move stays.
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await undo.focus();
  await lead.keyboard.press('Enter');
  await expect(liveRegion(lead)).toHaveText('Nothing of yours to undo.');
  await expect(moved(reviewer)).toBeVisible();
  await shot(lead, 'undone-390x844');
  await shot(reviewer, 'undone-1366x768');

  // The reviewer empties "Paired talk" by moving its cards out: it stays on the board, says it is empty, and can be deleted.
  for (const card of [evidence[2], evidence[3]]) {
    await chooseFromPlaceMenu(theme(reviewer, 'Paired talk').getByRole('article').first(), /^Move to… \(card: /, 'Inbox (unplaced)', 'inbox');
    await expect(inboxCard(lead, card.observation)).toBeVisible();
  }
  await expect(theme(lead, 'Paired talk')).toContainText('No cards left: dissolve or delete this theme.');
  await theme(lead, 'Paired talk').scrollIntoViewIfNeeded();
  await lead.screenshot({ path: testInfo.outputPath('emptied-390x844.png'), animations: 'disabled' });
  await theme(reviewer, 'Paired talk').getByRole('button', { name: 'Delete theme Paired talk' }).click();
  await expect(themesIn(impactStrengths(lead))).toHaveCount(1);
  // The keyboard lands on the Undo the deletion offers.
  await expect(reviewer.locator('.undo-toast').getByRole('button', { name: 'Undo' })).toBeFocused();
  await reviewer.keyboard.press('Enter');
  await expect(theme(lead, 'Paired talk')).toBeVisible();
  await expect(reviewer.locator('.undo-toast')).toHaveCount(0);
  // Then the two moves out of the theme, by keyboard.
  await reviewer.keyboard.press('Control+z');
  await reviewer.keyboard.press('Control+z');
  await expect(theme(lead, 'Paired talk').getByRole('article')).toHaveCount(2);

  // Redo on the laptop (Ctrl+Shift+Z) after undoing the move puts it back in Looking forward.
  await reviewer.locator('body').click({ position: { x: 5, y: 400 } });
  await reviewer.keyboard.press('Control+z');
  await expect(inboxCard(lead, mine)).toBeVisible();
  await reviewer.keyboard.press('Control+Shift+z');
  await expect(moved(lead)).toBeVisible();

});
