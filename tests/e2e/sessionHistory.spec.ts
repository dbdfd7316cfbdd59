import type { Browser, Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { joinOnDevice, laptop, phone, type Device } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';

/** The Lead Reviewer's laptop: the most common school laptop screen. */
const schoolLaptop = { width: 1366, height: 768 };

const first = { problem: 'How do I keep newly qualified teachers beyond their second year?', idea: 'A named buddy for every new teacher', action: 'Pair every new teacher with a buddy' };
const second = { problem: 'How do I cut the time teachers spend marking?', idea: 'Whole-class feedback sheets' };

async function joinPstb(browser: Browser, baseURL: string, invite: string, name: string, device: Device, problems: string[]): Promise<Page> {
  const page = await joinOnDevice(browser, baseURL, invite, name, device, { problems });
  await page.getByRole('link', { name: 'PSTB' }).click();
  return page;
}

interface Room {
  lead: Page;
  host: Page;
  reviewer: Page;
}

/** From set-up to the owner's choice of one idea, the reviewer offering it from the phone; every step ended by command. */
async function runToChoice({ lead, host, reviewer }: Room, session: { problem: string; idea: string }): Promise<void> {
  await lead.getByRole('form', { name: 'Set up Problem Solving Team Building' }).getByRole('button', { name: 'Start contracting' }).click();
  await lead.getByRole('button', { name: 'Agree the contract: start the problem statement' }).click();
  await host.getByRole('textbox', { name: 'The problem statement' }).fill(session.problem);
  await host.getByRole('button', { name: 'Save the problem' }).click();
  await expect(lead.getByTestId('pstb-problem')).toHaveText(session.problem);
  await lead.getByRole('button', { name: 'End the problem statement' }).click();
  const idea = reviewer.getByRole('form', { name: 'Add an idea' }).getByRole('textbox', { name: 'Your idea, as a headline' });
  await idea.fill(session.idea);
  await idea.press('Enter');
  await expect(lead.getByTestId('pstb-idea')).toHaveCount(1);
  await lead.getByRole('button', { name: 'End idea generation' }).click();
  await host.getByRole('checkbox', { name: `Take forward: ${session.idea}` }).click();
  await expect(host.getByRole('checkbox', { name: `Take forward: ${session.idea}` })).toBeChecked();
  await lead.getByRole('button', { name: 'End idea selection' }).click();
  await expect(lead.getByTestId('pstb-phase')).toHaveText('Benefits and concerns');
}

test('an earlier PSTB session stays listed, opens read-only on a laptop and a phone, and both outcomes reach the report', async ({ browser, request, relay }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Riverside Academy · two problems');
  const problems: string[] = [];
  const room: Room = {
    lead: await joinPstb(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: schoolLaptop }, problems),
    host: await joinPstb(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: laptop }, problems),
    reviewer: await joinPstb(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }, problems),
  };
  const { lead, reviewer } = room;

  // The first session reaches a choice and an action, and closes.
  await runToChoice(room, first);
  await lead.getByRole('button', { name: 'End benefits and concerns' }).click();
  await lead.getByRole('button', { name: 'End critical concerns' }).click();
  const actionForm = reviewer.getByRole('form', { name: 'Add an action' });
  await actionForm.getByRole('textbox', { name: 'What' }).fill(first.action);
  await actionForm.getByRole('textbox', { name: 'Who' }).fill('Deputy head');
  await actionForm.getByRole('textbox', { name: 'When' }).fill('By the end of July');
  await actionForm.getByRole('button', { name: 'Add the action' }).click();
  await expect(lead.getByTestId('pstb-action')).toContainText(first.action);
  await lead.getByRole('button', { name: 'End action planning and close' }).click();
  await expect(reviewer.getByTestId('pstb-phase')).toHaveText('Session closed');

  // Following a closed session loses nothing, so nothing is asked.
  await lead.getByRole('button', { name: 'Set up a new PSTB session' }).click();
  await expect(lead.getByRole('checkbox', { name: /Replace the session/ })).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Back to the session' })).toBeVisible();
  await runToChoice(room, second);

  // Both devices list the earlier session: when, its problem and how many ideas were chosen.
  for (const page of [lead, reviewer]) {
    const earlier = page.getByRole('region', { name: /Earlier sessions/ });
    await expect(earlier.getByTestId('earlier-session')).toHaveCount(1);
    await expect(earlier.getByTestId('earlier-session')).toContainText(first.problem);
    await expect(earlier.getByTestId('earlier-session')).toContainText('1 idea chosen');
    await expect(page.getByTestId('pstb-problem')).toHaveText(second.problem);
  }
  await snapshot(lead, 'current-with-earlier-laptop', shot);
  await snapshot(reviewer, 'current-with-earlier-phone', shot);

  // The Lead Reviewer opens it by keyboard; focus lands on what opened.
  await lead.getByTestId('earlier-session').focus();
  await lead.keyboard.press('Enter');
  const openedOnLaptop = lead.getByTestId('past-session');
  await expect(lead.getByRole('heading', { name: /^Earlier PSTB session/ })).toBeFocused();
  await expect(openedOnLaptop.getByTestId('pstb-summary')).toContainText(first.problem);
  await expect(openedOnLaptop.getByTestId('pstb-selected')).toContainText(first.idea);
  await expect(openedOnLaptop.getByTestId('pstb-action')).toContainText(first.action);
  await expect(openedOnLaptop).toContainText('It ran to its end.');
  await expect(openedOnLaptop.getByRole('button', { name: /End |Take forward|Add the/ })).toHaveCount(0);
  await snapshot(lead, 'earlier-open-laptop', shot);

  // The reviewer taps it open on the phone.
  await reviewer.getByTestId('earlier-session').tap();
  const openedOnPhone = reviewer.getByTestId('past-session');
  await expect(openedOnPhone.getByTestId('pstb-summary')).toContainText(first.problem);
  await expect(openedOnPhone.getByTestId('pstb-action')).toContainText(first.action);
  await expect(openedOnPhone.getByRole('form')).toHaveCount(0);
  await snapshot(reviewer, 'earlier-open-phone', shot);
  await openedOnPhone.getByRole('button', { name: 'Back to the current session' }).tap();
  await expect(reviewer.getByTestId('pstb-problem')).toHaveText(second.problem);

  await lead.getByRole('button', { name: 'Back to the current session' }).click();
  // Replacing a running session still asks, and says the session is kept.
  await lead.getByRole('button', { name: 'Replace this session…' }).click();
  await expect(lead.getByRole('checkbox', { name: /Replace the session that is running now: it closes now and is kept under Earlier sessions/ })).toBeVisible();
  await lead.getByRole('button', { name: 'Back to the session' }).click();

  // The report carries both sessions' outcomes, the earlier one first.
  for (const page of [lead, reviewer]) {
    await page.getByRole('link', { name: 'Report' }).click();
    const challenge = page.getByRole('region', { name: 'Area of challenge' });
    await expect(challenge).toContainText(first.problem);
    await expect(challenge).toContainText(first.idea);
    await expect(challenge).toContainText(first.action);
    await expect(challenge).toContainText(second.problem);
    await expect(challenge).toContainText(second.idea);
    const text = (await challenge.textContent()) ?? '';
    expect(text.indexOf(first.problem)).toBeLessThan(text.indexOf(second.problem));
  }
  await snapshot(lead, 'report-laptop', shot);
  await snapshot(reviewer, 'report-phone', shot);

  expect(problems).toEqual([]);
});
