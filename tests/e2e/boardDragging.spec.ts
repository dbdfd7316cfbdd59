import type { Page } from '@playwright/test';
import { createBoardByApi, hostAgreesByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, projector } from './support/devices';
import { expect, test } from './support/fixtures';
import { addEvidence, evidence, laneTarget } from './boardEvidence';
import { chooseFromPlaceMenu, dragByGrip, inboxCard, lane, themesIn } from './boardSteps';

/** A laptop tall enough for two headings, so drags to the others scroll the board under the pointer. */
const laptop = { width: 1366, height: 900 };

test('a reviewer builds a theme by dragging cards, the Lead Reviewer words it, and it moves by menu and by grip', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  // The first card already placed by keyboard (the board spec's concern), the rest in the inbox.
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    const impactStrengths = laneTarget(doc, 'Our impact', 'strengths');
    addEvidence(doc, (index) => (index === 0 ? impactStrengths : { kind: 'inbox' }));
  });
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', { viewport: projector });
  const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', { viewport: laptop });
  const first = evidence[0].observation;
  const impactStrengths = (page: Page) => lane(page, 'Our impact', 'Strengths');

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

  // The Lead Reviewer words the theme; the host records that they agreed it (their own act, through the relay).
  await theme(lead).getByRole('button', { name: /^Edit theme / }).click();
  await lead.getByRole('form', { name: /^Edit theme / }).getByRole('textbox', { name: 'Title' }).fill('Pupils explain their reasoning');
  await lead.getByRole('form', { name: /^Edit theme / }).getByRole('textbox', { name: 'Feedback point' }).fill('Pupils routinely explain their reasoning to each other.');
  await lead.getByRole('button', { name: 'Save theme' }).click();
  await expect(theme(lead).getByRole('radio')).toHaveCount(0);
  await hostAgreesByApi(request, board, 'Hana Host', (await theme(lead).getAttribute('data-theme-id')) ?? '', 'agreed');
  await expect(theme(reviewer)).toContainText('Pupils routinely explain their reasoning to each other.');
  await expect(theme(reviewer)).toContainText('Agreed with the host (Hana Host, ');

  // A theme moves by its menu too, its cards with it.
  await chooseFromPlaceMenu(theme(lead), /^Move to… \(theme: /, 'Looking inward · Strengths', 'inward strengths');
  await expect(themesIn(lane(reviewer, 'Looking inward', 'Strengths')).getByRole('article')).toHaveCount(3);
  // And by its grip: the reviewer drags it to another heading's next steps, and back.
  const inward = themesIn(lane(reviewer, 'Looking inward', 'Strengths')).first();
  await dragByGrip(reviewer, inward.getByRole('button', { name: /^Drag theme / }), lane(reviewer, 'Looking outward', 'Next steps'));
  await expect(themesIn(lane(lead, 'Looking outward', 'Next steps')).getByRole('article')).toHaveCount(3);
  const outward = themesIn(lane(reviewer, 'Looking outward', 'Next steps')).first();
  await dragByGrip(reviewer, outward.getByRole('button', { name: /^Drag theme / }), lane(reviewer, 'Looking inward', 'Strengths'));
  await expect(themesIn(lane(lead, 'Looking inward', 'Strengths')).getByRole('article')).toHaveCount(3);

});
