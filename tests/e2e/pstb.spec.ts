import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { CommandBody, CreateBoardResponse } from '@washup/shared/api';
import { participantOf } from './roomSteps';
import { commandByApi, createBoardByApi, startedSessionId } from './support/api';
import { writeIdea } from './support/boardDocWriter';
import { joinOnDevice, laptop, phone, projector, type Device } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';

interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

const problem = 'How do I keep newly qualified teachers beyond their second year?';
const ideas = {
  ana: ['A named buddy for every new teacher', 'Protected planning time on Fridays'],
  ben: ['Termly coaching with a lead practitioner', 'Exit interviews shared with governors'],
};
const kept = ideas.ana[0]!;
const dropped = ideas.ben[0]!;
/** The team's shortlist vote: the two ideas the presenter goes on to choose, and one they pass over. */
const shortlist = [kept, dropped, ideas.ana[1]!];
const offShortlist = ideas.ben[1]!;

/** One person on their own device, on the PSTB tab. */
async function joinPstb(browser: Browser, baseURL: string, invite: string, name: string, device: Device, problems: string[]): Promise<Person> {
  const page = await joinOnDevice(browser, baseURL, invite, name, device, { problems });
  await page.getByRole('link', { name: 'PSTB' }).click();
  return { name, context: page.context(), page };
}

/** Typed and sent with Enter, each awaited until the box is empty again, as someone typing fast would. */
async function addIdeas(person: Person, texts: readonly string[]): Promise<void> {
  const form = person.page.getByRole('form', { name: 'Add an idea' });
  for (const text of texts) {
    await form.getByRole('textbox', { name: 'Your idea, as a headline' }).fill(text);
    await form.getByRole('textbox', { name: 'Your idea, as a headline' }).press('Enter');
    await expect(form.getByRole('textbox', { name: 'Your idea, as a headline' })).toHaveValue('');
  }
}

interface PstbTeam {
  lead: Person;
  host: Person;
  ana: Person;
  ben: Person;
  everyone: Person[];
}

/** The Lead Reviewer on the projector, the presenter on a laptop, and two reviewers, one on a phone, joining at once (PSTB has no speaking order). */
async function joinPstbTeam(browser: Browser, baseURL: string, board: CreateBoardResponse, problems: string[]): Promise<PstbTeam> {
  const join = (invite: string, name: string, device: Device) => joinPstb(browser, baseURL, invite, name, device, problems);
  const [lead, host, ana, ben] = await Promise.all([
    join(board.invites.facilitator.url, 'Lena Lead', { viewport: projector }),
    join(board.invites.host.url, 'Hana Host', { viewport: laptop }),
    join(board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }),
    join(board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop }),
  ]);
  return { lead, host, ana, ben, everyone: [lead, host, ana, ben] };
}

/** Every device shows the same step, the relay's, not a guess of its own. */
function allAt(everyone: readonly Person[], title: string): Promise<void[]> {
  return Promise.all(everyone.map(({ page }) => expect(page.getByTestId('pstb-phase')).toHaveText(title)));
}

/** A chosen idea's card, found by its words. */
const chosenCard = (page: Page, text: string): Locator => page.getByTestId('pstb-selected').filter({ hasText: text });
/** The ideas in the list that carry the team's "Shortlisted" badge. */
const shortlistedRows = (page: Page): Locator => page.getByTestId('pstb-idea').filter({ has: page.getByText('Shortlisted', { exact: true }) });

/**
 * A PSTB session with the default contract, taken to benefits and concerns by the Lead Reviewer's
 * and the presenter's commands: the problem stated, Ana's idea `kept` and Ben's `dropped` offered
 * from their devices, and both taken forward by the presenter.
 */
async function pstbAtBenefitsByApi(request: APIRequestContext, baseURL: string, board: CreateBoardResponse, team: Omit<PstbTeam, 'everyone'>): Promise<void> {
  const of = (person: Person) => participantOf(person.page, board.id);
  const [lead, host, ana, ben] = await Promise.all([of(team.lead), of(team.host), of(team.ana), of(team.ben)]);
  const asLead = (body: CommandBody) => commandByApi(request, board.id, lead.token, body);
  const asHost = (body: CommandBody) => commandByApi(request, board.id, host.token, body);
  const sessionId = startedSessionId(await asLead({ type: 'pstb.start', config: { presenter: { id: host.participantId, name: host.name } } }));
  await asLead({ type: 'pstb.advance', from: 'contracting' });
  await asHost({ type: 'pstb.setProblem', problem });
  await asLead({ type: 'pstb.advance', from: 'problem' });
  const offer = (author: typeof ana, text: string) =>
    writeIdea(baseURL, board.id, author.token, { sessionId, round: 0, authorId: author.participantId, authorName: author.name, text, capturedBy: author.participantId, capturedAt: Date.now() });
  const offered = [await offer(ana, kept), await offer(ben, dropped)];
  await asLead({ type: 'pstb.advance', from: 'ideas' });
  for (const ideaId of offered) await asHost({ type: 'pstb.selectIdea', ideaId });
  await asLead({ type: 'pstb.advance', from: 'selection' });
}

test('a PSTB session runs from contract to selection with all four devices in step, and selection times out', async ({ browser, request, relay }, testInfo) => {
  // A 45-minute contract: its shortest step (selection, 3 minutes) outlasts this test's minute,
  // so the relay's clock never ends a step the test is still acting in. Selection times out all
  // the same, when the Lead Reviewer takes its minutes away.
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Riverside Academy · area of challenge');

  const problems: string[] = [];
  const { lead, host, ana, ben, everyone } = await joinPstbTeam(browser, relay.url, board, problems);

  await expect(ana.page.getByText('No PSTB session yet')).toBeVisible();
  await expect(host.page.getByRole('button', { name: 'Start contracting' })).toHaveCount(0);

  // Set-up: the host is the default presenter; a contract of the team's own length, by keyboard.
  const setup = lead.page.getByRole('form', { name: 'Set up Problem Solving Team Building' });
  await expect(setup.getByRole('combobox', { name: 'Owner of the problem' }).locator('option:checked')).toHaveText('Hana Host (Host leader)');
  await setup.getByRole('radio', { name: '30 min' }).focus();
  await lead.page.keyboard.press('ArrowRight');
  await expect(setup.getByRole('radio', { name: '45 min' })).toBeChecked();
  await setup.getByRole('radio', { name: 'Custom' }).check();
  await setup.getByRole('spinbutton', { name: 'Minutes in all' }).fill('45');
  await expect(setup.getByRole('list', { name: 'Time for each step' })).toContainText('Idea selection 3 min');
  await snapshot(lead.page, 'setup-projector', shot);
  await setup.getByRole('button', { name: 'Start contracting' }).click();
  await allAt(everyone, 'Contracting');
  await expect(ana.page.getByRole('button', { name: /Agree the contract/ })).toHaveCount(0);

  await lead.page.getByRole('button', { name: 'Agree the contract: start the problem statement' }).click();
  await allAt(everyone, 'Problem statement');
  await expect(ana.page.getByTestId('countdown')).toHaveText(/^7:[0-3]\d$/);

  // The presenter states the problem from their own device; everyone sees it on the stage.
  await host.page.getByRole('textbox', { name: 'The problem statement' }).fill(problem);
  await host.page.getByRole('button', { name: 'Save the problem' }).click();
  await Promise.all(everyone.map(({ page }) => expect(page.getByTestId('pstb-problem')).toHaveText(problem)));
  await expect(ana.page.getByRole('textbox', { name: 'The problem statement' })).toHaveCount(0);

  await lead.page.getByRole('button', { name: 'End the problem statement' }).click();
  await allAt(everyone, 'Idea generation');
  await expect(host.page.getByTestId('owner-listening')).toContainText('You are listening');
  await expect(ana.page.getByTestId('owner-listening')).toContainText('Hana Host is listening');
  await expect(host.page.getByRole('textbox', { name: 'Your idea, as a headline' })).toHaveCount(0);

  // Both reviewers add ideas at the same time, each from their own device.
  await Promise.all([addIdeas(ana, ideas.ana), addIdeas(ben, ideas.ben)]);
  await Promise.all(everyone.map(({ page }) => expect(page.getByTestId('pstb-idea')).toHaveCount(4)));
  await snapshot(ana.page, 'ideas-phone', shot);
  await snapshot(lead.page, 'ideas-projector', shot);

  // The team votes a shortlist by show of hands; the Lead Reviewer alone records it.
  await expect(ana.page.getByRole('button', { name: 'Record a shortlist vote' })).toHaveCount(0);
  await lead.page.getByRole('button', { name: 'Record a shortlist vote' }).click();
  const recordShortlist = lead.page.getByRole('button', { name: /^Record shortlist/ });
  await expect(recordShortlist).toHaveText('Record shortlist (0 of 3–5)');
  await expect(recordShortlist).toBeDisabled();
  for (const idea of shortlist) await lead.page.getByRole('checkbox', { name: `Shortlist: ${idea}` }).check();
  await expect(recordShortlist).toHaveText('Record shortlist (3 of 3–5)');
  await snapshot(lead.page, 'shortlist-drawing-projector', shot);
  await recordShortlist.click();
  await expect(lead.page.getByRole('button', { name: 'Change the shortlist' })).toBeFocused();
  await Promise.all(
    everyone.map(async ({ page }) => {
      await expect(shortlistedRows(page)).toHaveCount(3);
      await expect(shortlistedRows(page).filter({ hasText: offShortlist })).toHaveCount(0);
      await expect(page.getByTestId('pstb-shortlist-status')).toContainText('Shortlist: 3 ideas from the team');
    }),
  );
  await expect(host.page.getByTestId('pstb-shortlist-status')).toContainText('You choose from these at the next step.');
  await snapshot(ana.page, 'shortlist-phone', shot);
  await snapshot(lead.page, 'shortlist-projector', shot);

  await lead.page.getByRole('button', { name: 'End idea generation' }).click();
  await allAt(everyone, 'Idea selection');

  // The presenter alone chooses; nobody else has the boxes, and the Lead Reviewer cannot move on before a choice.
  await expect(lead.page.getByRole('checkbox', { name: /Take forward/ })).toHaveCount(0);
  await expect(ana.page.getByRole('checkbox', { name: /Take forward/ })).toHaveCount(0);
  await expect(lead.page.getByRole('button', { name: 'End idea selection' })).toBeDisabled();
  // Only the shortlist is open to the presenter, and the locked box says why.
  const passedOver = host.page.getByRole('checkbox', { name: `Take forward: ${offShortlist}` });
  await expect(passedOver).toBeDisabled();
  await expect(passedOver).toHaveAccessibleDescription('Not on the shortlist');
  // The box shows the relay's answer, not the click, so it is clicked and then awaited.
  for (const idea of [kept, dropped]) {
    await host.page.getByRole('checkbox', { name: `Take forward: ${idea}` }).click();
    await expect(host.page.getByRole('checkbox', { name: `Take forward: ${idea}` })).toBeChecked();
  }
  await Promise.all(everyone.map(({ page }) => expect(page.locator('[data-testid="pstb-idea"].pstb-idea--chosen')).toHaveCount(2)));
  await snapshot(host.page, 'selection-host', shot);

  // Selection runs out on the relay's clock once the Lead Reviewer has taken its three minutes
  // away: the relay's own wake-up moves every device on together.
  const takeMinute = lead.page.getByRole('group', { name: 'Clock' }).getByRole('button', { name: '−1 min' });
  for (const left of [/^1:\d\d$/, /^0:\d\d$/]) {
    await takeMinute.click();
    await expect(lead.page.getByTestId('countdown')).toHaveText(left);
  }
  await takeMinute.click();
  await allAt(everyone, 'Benefits and concerns');
  await expect(lead.page.getByRole('row', { name: /Idea selection/ })).toContainText('time ran out');

  expect(problems).toEqual([]);
});

test('PSTB benefits, critical concerns and actions reach the summary and the report on four devices', async ({ browser, request, relay }, testInfo) => {
  // The default 30-minute contract: its shortest step (selection, 2 minutes) outlasts this test's time limit.
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Riverside Academy · benefits and actions');
  const problems: string[] = [];
  const { lead, host, ana, ben, everyone } = await joinPstbTeam(browser, relay.url, board, problems);

  // The earlier steps, which the test above runs on the screens, by the same commands through the
  // relay: the presenter states the problem, each reviewer offers one idea, the presenter takes both.
  await pstbAtBenefitsByApi(request, relay.url, board, { lead, host, ana, ben });
  await allAt(everyone, 'Benefits and concerns');

  // Benefits and concerns on each chosen idea, written on two devices at once.
  const addNote = async (person: Person, idea: string, kind: 'benefit' | 'concern' | 'critical concern', text: string) => {
    const form = person.page.getByRole('form', { name: `Add a note on ${idea}` });
    if (kind !== 'critical concern') await form.getByRole('radio', { name: kind }).check();
    await form.getByRole('textbox', { name: `Your ${kind}` }).fill(text);
    await form.getByRole('button', { name: `Add the ${kind}` }).click();
    await expect(form.getByRole('textbox', { name: `Your ${kind}` })).toHaveValue('');
  };
  await Promise.all([
    addNote(ana, kept, 'benefit', 'New staff know who to ask from day one'),
    addNote(ben, kept, 'concern', 'Buddies need time in their own timetable'),
  ]);
  await addNote(ana, dropped, 'benefit', 'Coaching is already budgeted');
  await Promise.all(
    everyone.map(async ({ page }) => {
      await expect(chosenCard(page, kept).getByTestId('pstb-note-benefit')).toContainText('New staff know who to ask from day one');
      await expect(chosenCard(page, kept).getByTestId('pstb-note-concern')).toContainText('Buddies need time in their own timetable');
    }),
  );
  await expect(host.page.getByRole('form', { name: /Add a note/ })).toHaveCount(0);
  await snapshot(ana.page, 'benefits-phone', shot);
  await snapshot(lead.page, 'benefits-projector', shot);

  await lead.page.getByRole('button', { name: 'End benefits and concerns' }).click();
  await allAt(everyone, 'Critical concerns');

  // A critical concern, and the presenter drops that idea.
  await addNote(ben, dropped, 'critical concern', 'The lead practitioner leaves at Easter');
  await expect(chosenCard(host.page, dropped).getByTestId('pstb-note-critical')).toContainText('The lead practitioner leaves at Easter');
  await expect(lead.page.getByRole('button', { name: `Drop: ${dropped}` })).toHaveCount(0);
  await host.page.getByRole('button', { name: `Drop: ${dropped}` }).click();
  await Promise.all(everyone.map(({ page }) => expect(chosenCard(page, dropped)).toContainText('Dropped')));
  await expect(host.page.getByRole('button', { name: `Reinstate: ${dropped}` })).toBeVisible();
  await snapshot(host.page, 'concerns-host', shot);

  await lead.page.getByRole('button', { name: 'End critical concerns' }).click();
  await allAt(everyone, 'Action planning');

  // An action with who and when, for the one idea still going forward.
  const actionForm = ana.page.getByRole('form', { name: 'Add an action' });
  await actionForm.getByRole('textbox', { name: 'What' }).fill('Pair every new teacher with a buddy before September');
  await actionForm.getByRole('textbox', { name: 'Who' }).fill('Deputy head');
  await actionForm.getByRole('textbox', { name: 'When' }).fill('By the end of July');
  await actionForm.getByRole('button', { name: 'Add the action' }).click();
  await Promise.all(
    everyone.map(({ page }) => expect(page.getByTestId('pstb-action')).toHaveText(/Pair every new teacher with a buddy before September.*Deputy head.*By the end of July/)),
  );
  await snapshot(ana.page, 'actions-phone', shot);

  await lead.page.getByRole('button', { name: 'End action planning and close' }).click();
  await allAt(everyone, 'Session closed');

  // The summary: the problem, the idea kept with its notes, the one dropped, and the action.
  for (const { page } of everyone) {
    const summary = page.getByTestId('pstb-summary');
    await expect(summary).toContainText(problem);
    await expect(summary.getByTestId('pstb-selected')).toHaveText(new RegExp(`^${kept}.*New staff know who to ask`));
    await expect(summary.getByTestId('pstb-dropped')).toContainText(dropped);
    await expect(summary.getByTestId('pstb-action')).toContainText('Deputy head');
  }
  await expect(lead.page.getByRole('button', { name: 'Set up a new PSTB session' })).toBeVisible();
  await snapshot(ana.page, 'summary-phone', shot);
  await snapshot(lead.page, 'summary-projector', shot);

  // The report carries what the host chose and the action, and not the idea they dropped, and
  // records how the session ran in counts, naming no reviewer.
  for (const person of [lead, host, ana]) {
    await person.page.getByRole('link', { name: 'Report' }).click();
    const challenge = person.page.getByRole('region', { name: 'Area of challenge' });
    await expect(challenge).toContainText(problem);
    await expect(challenge.getByRole('listitem')).toHaveText([kept]);
    await expect(challenge.getByRole('table', { name: 'Actions' })).toContainText('Pair every new teacher with a buddy before September');
    await expect(
      challenge.getByText(
        /^Session record: 30-minute contract, ran (\d+ min|\d+ min \d+ s|\d+ s); 2 ideas offered; the host chose 2, then dropped 1 after a critical concern; 1 action\.$/,
      ),
    ).toBeVisible();
    await expect(challenge).not.toContainText(/Ana Reviewer|Ben Reviewer/);
  }
  await snapshot(ana.page, 'report-phone', shot);
  await snapshot(lead.page, 'report-projector', shot);

  expect(problems).toEqual([]);
});

test('the Lead Reviewer records the shortlist by keyboard, sees the relay refuse one that strands a choice, and clears it', async ({ browser, request, relay }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Riverside Academy · shortlist');
  const problems: string[] = [];
  const lead = await joinPstb(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: phone, mobile: true }, problems);
  const host = await joinPstb(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: laptop }, problems);
  const ben = await joinPstb(browser, relay.url, board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop }, problems);
  const many = ['Mentor pairs', 'Fewer meetings', 'Wellbeing days', 'Pay progression talks', 'Shared planning', 'Career paths'] as const;
  const [first, second, , , fifth, sixth] = many;
  const tick = (idea: string) => lead.page.getByRole('checkbox', { name: `Shortlist: ${idea}` });
  const choice = (idea: string) => host.page.getByRole('checkbox', { name: `Take forward: ${idea}` });

  // The default 30-minute contract gives selection two minutes, longer than this test may run (a
  // minute), so the relay's clock cannot end selection during the race below.
  await lead.page.getByRole('button', { name: 'Start contracting' }).click();
  await lead.page.getByRole('button', { name: 'Agree the contract: start the problem statement' }).click();
  await lead.page.getByRole('button', { name: 'End the problem statement' }).click();
  await addIdeas(ben, many);
  await expect(lead.page.getByTestId('pstb-idea')).toHaveCount(many.length);

  // By keyboard: opening puts the focus on the first tick; Space ticks and Tab moves on. Five is
  // the most, so the sixth locks and says why, and Tab passes over it to the record button.
  await lead.page.getByRole('button', { name: 'Record a shortlist vote' }).press('Enter');
  await expect(tick(first)).toBeFocused();
  for (let ticked = 0; ticked < 5; ticked += 1) {
    await lead.page.keyboard.press('Space');
    await lead.page.keyboard.press('Tab');
  }
  await expect(tick(sixth)).toBeDisabled();
  await expect(tick(sixth)).toHaveAccessibleDescription('5 ticked already');
  const recordShortlist = lead.page.getByRole('button', { name: /^Record shortlist/ });
  await expect(recordShortlist).toBeFocused();
  await expect(recordShortlist).toHaveText('Record shortlist (5 of 3–5)');
  await lead.page.keyboard.press('Shift+Tab');
  await expect(tick(fifth)).toBeFocused();
  await lead.page.keyboard.press('Space');
  await expect(tick(sixth)).toBeEnabled();
  await expect(recordShortlist).toHaveText('Record shortlist (4 of 3–5)');
  await recordShortlist.press('Enter');
  await expect(lead.page.getByRole('button', { name: 'Change the shortlist' })).toBeFocused();
  await expect(shortlistedRows(host.page)).toHaveCount(4);

  await lead.page.getByRole('button', { name: 'End idea generation' }).click();
  await expect(host.page.getByTestId('pstb-phase')).toHaveText('Idea selection');
  for (const idea of [fifth, sixth]) {
    await expect(choice(idea)).toBeDisabled();
    await expect(host.page.getByTestId('pstb-idea').filter({ hasText: idea })).toContainText('Not on the shortlist');
  }
  await choice(first).click();
  await expect(choice(first)).toBeChecked();
  await snapshot(host.page, 'shortlist-selection-host', shot);

  // The Lead Reviewer's draft keeps the owner's choice ticked and locked.
  await lead.page.getByRole('button', { name: 'Change the shortlist' }).click();
  await expect(tick(first)).toBeChecked();
  await expect(tick(first)).toHaveAccessibleDescription('Chosen, so it stays');

  // A race: the Lead Reviewer takes the second idea off while, before the relay hears of it, the
  // presenter chooses that very idea. The relay refuses the shortlist, and the Lead Reviewer reads why.
  await tick(second).uncheck();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await lead.page.route(
    '**/api/boards/*/commands',
    async (route) => {
      await released;
      await route.continue();
    },
    { times: 1 },
  );
  await recordShortlist.click();
  await choice(second).click();
  await expect(choice(second)).toBeChecked();
  release();
  await expect(lead.page.getByRole('group', { name: 'Shortlist vote' }).getByRole('alert')).toHaveText(
    'Hana Host has already chosen an idea this shortlist leaves out; keep that idea on the shortlist.',
  );
  // The draft has caught up: the second idea is back on, so it is the shortlist already recorded.
  await expect(tick(second)).toBeChecked();
  await expect(tick(second)).toBeDisabled();
  await expect(recordShortlist).toBeDisabled();
  await expect(lead.page.getByText('This is the shortlist already recorded.')).toBeVisible();
  await snapshot(lead.page, 'shortlist-refused-phone', shot);
  await lead.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(lead.page.getByRole('alert')).toHaveCount(0);

  // Clearing the shortlist opens every idea to the presenter again.
  await lead.page.getByRole('button', { name: 'Clear shortlist' }).click();
  await expect(lead.page.getByRole('button', { name: 'Record a shortlist vote' })).toBeFocused();
  for (const { page } of [lead, host, ben]) {
    await expect(shortlistedRows(page)).toHaveCount(0);
    await expect(page.getByTestId('pstb-shortlist-status')).toHaveCount(0);
  }
  await expect(choice(sixth)).toBeEnabled();

  expect(problems).toEqual([]);
});
