import { createThemeFromCards, editThemeSummary, joinTheme } from '@washup/shared/board';
import { createBoardByApi, hostAgreesByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice, phone, projector } from './support/devices';
import { expect, test } from './support/fixtures';
import { addEvidence, evidence, laneTarget, reviewerName } from './boardEvidence';
import { lane, openCard, screenshot, themesIn } from './boardSteps';

test('the Lead Reviewer narrows the board and corrects a card; the host reads it on a phone and can change nothing', async ({ browser, request, relay }, testInfo) => {
  const board = await createBoardByApi(request, 'Oakfield · SPP enquiry', 'spp-enquiry');
  // The board as the team left it: three cards in a theme the host agreed, one loose card.
  let themeId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    const inwardStrengths = laneTarget(doc, 'Looking inward', 'strengths');
    const [first, second, third] = addEvidence(doc, (index) => (index === 3 ? laneTarget(doc, 'Looking forward', 'nextSteps') : inwardStrengths));
    const theme = createThemeFromCards(doc, second!.id, first!.id, { title: 'Pupils explain their reasoning' });
    joinTheme(doc, third!.id, theme.id);
    editThemeSummary(doc, theme.id, 'Pupils routinely explain their reasoning to each other.');
    themeId = theme.id;
  });
  await hostAgreesByApi(request, board, 'Hana Host', themeId, 'agreed');
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lee Lead', { viewport: projector });
  const host = await joinOnDevice(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: phone, mobile: true });

  // Search and filters narrow the board.
  await lead.getByRole('searchbox', { name: 'Search the evidence' }).fill('books');
  await expect(lead.getByText('Showing 1 of 4 cards.')).toBeVisible();
  await lead.getByRole('searchbox', { name: 'Search the evidence' }).fill('');
  await lead.getByRole('combobox', { name: 'Activity' }).selectOption('interview');
  await expect(lead.getByText('Showing 1 of 4 cards.')).toBeVisible();
  await lead.getByRole('button', { name: 'Clear filters' }).click();
  await expect(lead.getByText('Showing 1 of 4 cards.')).toHaveCount(0);
  await screenshot(lead, testInfo, 'board-1920x1080');

  // Anyone who can edit corrects a card; its author stays.
  const loose = lane(lead, 'Looking forward', 'Next steps').getByRole('article', { name: `Card: ${evidence[3].observation}` });
  await openCard(loose);
  await loose.getByRole('button', { name: /^Edit / }).click();
  await lead.getByRole('form', { name: 'Edit evidence' }).getByRole('textbox', { name: 'Observation' }).fill('Books show little written reasoning in Year 3 maths');
  await lead.getByRole('form', { name: 'Edit evidence' }).getByRole('button', { name: 'Save changes' }).click();
  const corrected = lane(host, 'Looking forward', 'Next steps').getByRole('article', { name: 'Card: Books show little written reasoning in Year 3 maths' });
  await openCard(corrected);
  await expect(corrected).toContainText(reviewerName);

  // The host reads the board but changes nothing: no grips, menus, edit buttons or capture.
  const hostTheme = themesIn(lane(host, 'Looking inward', 'Strengths')).first();
  await expect(hostTheme).toContainText(/Agreed with the host \(Hana Host, /);
  await expect(hostTheme.getByRole('article')).toHaveCount(3);
  await expect(host.getByRole('main').getByRole('button', { name: /^(Drag|Move|Edit)/ })).toHaveCount(0);
  await expect(host.getByRole('button', { name: 'Add evidence' })).toHaveCount(0);
  await expect(host.getByRole('main').getByRole('radio')).toHaveCount(0);
  await hostTheme.scrollIntoViewIfNeeded();
  await screenshot(host, testInfo, 'board-host-390x844');

});
