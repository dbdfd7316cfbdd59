import type { Page } from '@playwright/test';
import { createThemeFromCards } from '@washup/shared/board';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone, projector } from './support/devices';
import { expect, test } from './support/fixtures';
import { addEvidence, evidence, laneTarget } from './boardEvidence';
import { chooseFromPlaceMenu, inboxCard, lane, themesIn } from './boardSteps';

const shots = '/tmp/roomBoard-shots';
const laptop = { width: 1366, height: 768 };

test('themes are made from a lane and from "Move to…", which finds a place by typing; themes reorder by keyboard; search shows matches first', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  // Two cards in a theme under "Looking inward"; the other two in the inbox.
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    const inward = laneTarget(doc, 'Looking inward', 'strengths');
    const [first, second] = addEvidence(doc, (index) => (index < 2 ? inward : { kind: 'inbox' }));
    createThemeFromCards(doc, second!.id, first!.id, { title: 'Pupils explain their reasoning' });
  });
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', { viewport: laptop });
  const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', { viewport: projector });
  const host = await joinOnDevice(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: phone, mobile: true });
  const inward = (page: Page) => lane(page, 'Looking inward', 'Strengths');

  // "New theme" in a lane: an empty theme that opens on its wording.
  await inward(lead).getByRole('button', { name: 'New theme in Looking inward · Strengths' }).click();
  const form = lead.getByRole('form', { name: 'Edit theme New theme' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Title' }).fill('Reading for pleasure');
  await form.getByRole('button', { name: 'Save theme' }).click();
  await expect(themesIn(inward(reviewer))).toHaveCount(2);
  await expect(themesIn(inward(reviewer)).nth(1)).toHaveAccessibleName('Theme: Reading for pleasure');
  await expect(themesIn(inward(host)).nth(1)).toContainText('No cards left; not in the report.');

  // "Move to…" is a search over places grouped heading → lane → theme, read in full.
  const books = inboxCard(reviewer, evidence[3].observation);
  await books.getByRole('button', { name: /^Move to… \(card: / }).click();
  const search = books.getByRole('combobox', { name: /^Move to… \(card: / });
  await expect(search).toBeFocused();
  await expect(books.getByRole('group', { name: 'Looking inward · Strengths' }).getByRole('option')).toHaveText(['Not in a theme', 'Pupils explain their reasoning', 'Reading for pleasure', '+ New theme']);
  await search.fill('reading pleasure');
  await expect(books.getByRole('option')).toHaveCount(1);
  await expect(books.getByRole('option')).toHaveAccessibleName('Looking inward · Strengths, theme “Reading for pleasure”');
  await reviewer.screenshot({ path: `${shots}/move-to-search-1920x1080.png` });
  await search.press('Enter');
  await expect(themesIn(inward(lead)).nth(1).getByRole('article')).toHaveCount(1);

  // "Move to…" also makes a theme, titled with the card's opening words, no "…" added.
  await chooseFromPlaceMenu(inboxCard(lead, evidence[2].observation), /^Move to… \(card: /, 'Looking forward · Next steps, new theme', 'forward next new');
  const made = themesIn(lane(reviewer, 'Looking forward', 'Next steps'));
  await expect(made).toHaveCount(1);
  await expect(made).toHaveAccessibleName(`Theme: ${evidence[2].observation}`);
  await expect(made.getByRole('heading', { level: 5 })).not.toContainText('…');
  await expect(made.getByRole('article')).toHaveCount(1);

  // Alt+↑ on a theme's head moves it above its neighbour, on every device; the focus stays with it.
  const toggle = themesIn(inward(lead)).nth(1).getByRole('button', { name: 'Collapse theme Reading for pleasure' });
  await toggle.focus();
  await lead.keyboard.press('Alt+ArrowUp');
  await expect(themesIn(inward(reviewer)).first()).toHaveAccessibleName('Theme: Reading for pleasure');
  await expect(themesIn(inward(host)).first()).toHaveAccessibleName('Theme: Reading for pleasure');
  await expect(themesIn(inward(lead)).first().getByRole('button', { name: 'Collapse theme Reading for pleasure' })).toBeFocused();
  await lead.keyboard.press('Alt+ArrowUp');
  await expect(lead.getByRole('alert')).toContainText('already at the top');

  // Search: the matches come first; headings with none are hidden, and no lane invites a drop.
  await reviewer.getByRole('searchbox', { name: 'Search the evidence' }).fill('books');
  await expect(reviewer.getByText('Showing 1 of 4 cards.')).toBeVisible();
  await expect(reviewer.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Looking inward']);
  await expect(reviewer.getByText('3 headings have no match and are hidden.')).toBeVisible();
  await expect(reviewer.getByText('Drop evidence here')).toHaveCount(0);
  const found = themesIn(inward(reviewer));
  await expect(found).toHaveCount(1);
  await expect(found.getByRole('article')).toHaveAccessibleName(`Card: ${evidence[3].observation}`);
  await reviewer.screenshot({ path: `${shots}/search-1920x1080.png` });
  await reviewer.getByRole('searchbox', { name: 'Search the evidence' }).fill('');
  await expect(reviewer.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(4);
  await host.screenshot({ path: `${shots}/themes-host-390x844.png`, fullPage: false });
  await lead.screenshot({ path: `${shots}/themes-1366x768.png` });

});
