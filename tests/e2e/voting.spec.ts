import type { BrowserContext, Locator, Page } from '@playwright/test';
import { addCard, boardView, createThemeFromCards, moveCard, type Activity, type BoardDoc, type Stakeholder } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { connectionStatus } from './support/boardPages';
import { joinOnDevice, laptop, phone, projector, type Device } from './support/devices';
import { expect, test } from './support/fixtures';


interface Evidence {
  activity: Activity;
  stakeholder?: Stakeholder;
  author: string;
}

interface SeedTheme {
  heading: number;
  lane: LaneId;
  title: string;
  cards: Evidence[];
}

/**
 * Themes with deliberately different evidence, so "votes versus evidence" has something to say: two
 * rest on one reviewer's single activity, two are triangulated from three activities.
 */
const themes: SeedTheme[] = [
  {
    heading: 0,
    lane: 'strengths',
    title: 'Pupils explain their reasoning',
    cards: [
      { activity: 'lesson visit', author: 'rae' },
      { activity: 'focus group', stakeholder: 'pupils', author: 'sam' },
      { activity: 'interview', stakeholder: 'teachers', author: 'rae' },
    ],
  },
  {
    heading: 0,
    lane: 'strengths',
    title: 'Calm, purposeful corridors',
    cards: [
      { activity: 'climate walk', author: 'rae' },
      { activity: 'climate walk', author: 'rae' },
    ],
  },
  {
    heading: 0,
    lane: 'strengths',
    title: 'Reading is prioritised',
    cards: [
      { activity: 'learning walk', author: 'rae' },
      { activity: 'work scrutiny', author: 'sam' },
    ],
  },
  {
    heading: 1,
    lane: 'strengths',
    title: 'Leaders share a clear vision',
    cards: [
      { activity: 'interview', stakeholder: 'leaders', author: 'sam' },
      { activity: 'meeting observed', author: 'rae' },
    ],
  },
  {
    heading: 0,
    lane: 'nextSteps',
    title: 'Feedback varies between classes',
    cards: [
      { activity: 'work scrutiny', author: 'sam' },
      { activity: 'lesson visit', author: 'rae' },
    ],
  },
  {
    heading: 0,
    lane: 'nextSteps',
    title: 'Homework is rarely set',
    cards: [
      { activity: 'focus group', stakeholder: 'parents', author: 'sam' },
      { activity: 'focus group', stakeholder: 'parents', author: 'sam' },
    ],
  },
  {
    heading: 1,
    lane: 'nextSteps',
    title: 'Attendance of disadvantaged pupils',
    cards: [
      { activity: 'data analysis', author: 'rae' },
      { activity: 'interview', stakeholder: 'leaders', author: 'sam' },
      { activity: 'document review', author: 'rae' },
    ],
  },
];

/**
 * Builds the board through a real sync client with the shared board operations (the same ones the
 * board view calls). Making themes in the UI needs a mouse drag per card, which the board spec
 * already covers; here it would only slow the vote down.
 */
function seedBoard(board: BoardDoc): void {
  const headings = boardView(board).headings.map(({ heading }) => heading);
  for (const theme of themes) {
    const headingId = headings[theme.heading]!.id;
    const target = { kind: 'lane', headingId, lane: theme.lane } as const;
    const cards = theme.cards.map((evidence, i) =>
      addCard(
        board,
        {
          observation: `${theme.title}: observation ${i + 1}`,
          activity: evidence.activity,
          ...(evidence.stakeholder ? { stakeholder: evidence.stakeholder } : {}),
          keyQuestionIds: [],
          valence: theme.lane === 'strengths' ? 'strength' : 'nextStep',
          counterEvidence: false,
          authorId: evidence.author,
          authorName: evidence.author,
          capturedAt: Date.now(),
        },
        target,
      ),
    );
    const made = createThemeFromCards(board, cards[1]!.id, cards[0]!.id, { title: theme.title });
    for (const card of cards.slice(2)) moveCard(board, card.id, { kind: 'theme', themeId: made.id });
  }
}

interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Every ballot the relay sent this browser, to prove nobody else's ever arrived. */
  ballotsSeen: unknown[];
}

const ballotForm = (page: Page) => page.getByRole('form', { name: 'Your ballot' });
const option = (scope: Page | Locator, lane: string, label: string) =>
  scope.getByRole('region', { name: lane }).getByRole('listitem').filter({ hasText: label });
const addDot = (scope: Page | Locator, lane: string, label: string) =>
  option(scope, lane, label).getByRole('button', { name: `Add a dot to ${label}` }).click();
const filledDots = (page: Page) => page.locator('.dot--on');

/** What a person sees at the top of their screen. */
async function viewTop(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, animations: 'disabled' });
}

/** What a person sees with `target` in the middle of their screen. */
async function viewAt(page: Page, target: Locator, path: string): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path, animations: 'disabled' });
}

/** The voter names on the ballots in one answer of the ballot routes ({ballot}, {ballot, proxies}, or an error). */
function votersIn(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { ballot, proxies } = body as { ballot?: { voterName: string } | null; proxies?: Array<{ voterName: string }> };
  return [...(ballot ? [ballot.voterName] : []), ...(proxies ?? []).map((proxy) => proxy.voterName)];
}

test('three people vote in secret, a proxy too, then all see the same revealed tallies', async ({ browser, request, relay }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Riverside Academy · SPP enquiry', 'spp-enquiry');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, seedBoard);

  const problems: string[] = [];
  const join = async (invite: string, name: string, device: Device): Promise<Person> => {
    const ballotsSeen: unknown[] = [];
    const watchBallots = (page: Page) =>
      page.on('response', (response) => {
        if (response.url().includes('/ballots')) void response.json().then((body: unknown) => ballotsSeen.push(body), () => undefined);
      });
    const page = await joinOnDevice(browser, relay.url, invite, name, device, { problems, beforeJoin: watchBallots });
    await page.getByRole('link', { name: 'Vote' }).click();
    return { name, context: page.context(), page, ballotsSeen };
  };
  const [lead, ana, ben, obi] = await Promise.all([
    join(board.invites.facilitator.url, 'Lena Lead', { viewport: projector }),
    join(board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }),
    join(board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop }),
    join(board.invites.observer.url, 'Obi Observer', { viewport: laptop }),
  ]);
  const everyone = [lead, ana, ben, obi];

  await expect(ana.page.getByText('No vote yet')).toBeVisible();
  await expect(obi.page.getByText('No vote yet')).toBeVisible();
  await expect(ana.page.getByRole('button', { name: 'Open the vote' })).toHaveCount(0);

  // The Lead Reviewer sees the automatic budget as a number, then sets two dots per ballot.
  const openForm = lead.page.getByRole('form', { name: 'Open a dot vote' });
  await expect(openForm.getByRole('list', { name: 'What each ballot will be' })).toContainText('Strengths 4 options, 1 dot each (about a third), at most 1 on one');
  await openForm.getByRole('spinbutton', { name: 'Dots per person, per ballot' }).fill('2');
  await expect(openForm.getByRole('list', { name: 'What each ballot will be' })).toContainText('Next steps 3 options, 2 dots each, at most 2 on one');
  await viewTop(lead.page, shot('open-form-projector.png'));
  await openForm.getByRole('button', { name: 'Open the vote' }).click();
  await expect(lead.page.getByRole('heading', { name: 'Voting is open' })).toBeVisible();
  // Three people here may vote (the observer may not); nobody has yet.
  await expect(lead.page.locator('.turnout')).toHaveText('0 of 3 have voted');

  // The observer sees that a vote is running, and no controls.
  await expect(obi.page.getByText('A vote is running.')).toBeVisible();
  await expect(obi.page.getByRole('button', { name: /Add a dot/ })).toHaveCount(0);
  await expect(obi.page.getByRole('form')).toHaveCount(0);
  await viewTop(obi.page, shot('observer-open-round.png'));

  // Ana votes on her phone: options grouped by heading, a cap of two per option, two dots per ballot.
  const anaBallot = ballotForm(ana.page);
  await expect(anaBallot.getByRole('region', { name: 'Strengths' }).getByRole('heading', { level: 4 })).toHaveText(['Our impact', 'Looking forward']);
  await addDot(anaBallot, 'Strengths', 'Calm, purposeful corridors');
  await addDot(anaBallot, 'Strengths', 'Calm, purposeful corridors');
  await expect(option(anaBallot, 'Strengths', 'Calm, purposeful corridors').getByRole('button', { name: /Add a dot/ })).toBeDisabled();
  await expect(option(anaBallot, 'Strengths', 'Reading is prioritised').getByRole('button', { name: /Add a dot/ })).toBeDisabled();
  await expect(anaBallot.getByRole('region', { name: 'Strengths' })).toContainText('0 of 2 dots left');
  await addDot(anaBallot, 'Next steps', 'Feedback varies between classes');
  await addDot(anaBallot, 'Next steps', 'Feedback varies between classes');
  await anaBallot.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(anaBallot.getByText('Your votes are in')).toBeVisible();
  await expect(lead.page.locator('.turnout')).toHaveText('1 of 3 have voted');

  // She changes her mind after a reload: her own ballot comes back from the relay, and re-casting replaces it.
  await ana.page.reload();
  await expect(anaBallot.getByText('Your votes are in')).toBeVisible();
  await expect(filledDots(ana.page)).toHaveCount(4);
  await option(anaBallot, 'Next steps', 'Feedback varies between classes').getByRole('button', { name: /Take a dot/ }).click();
  await addDot(anaBallot, 'Next steps', 'Homework is rarely set');
  await expect(anaBallot.getByText('Changed since you sent it')).toBeVisible();
  await anaBallot.getByRole('button', { name: 'Update my votes' }).click();
  await expect(anaBallot.getByText('Your votes are in')).toBeVisible();
  await expect(ana.page.locator('.turnout')).toHaveText('1 person has voted');
  await viewAt(ana.page, anaBallot.getByRole('region', { name: 'Strengths' }), shot('voter-phone-viewport.png'));

  // Ben's and the Lead Reviewer's screens know nothing of Ana's dots.
  await expect(ballotForm(ben.page)).toBeVisible();
  await expect(filledDots(ben.page)).toHaveCount(0);
  await expect(filledDots(lead.page)).toHaveCount(0);

  // Ben uses the keyboard: from one option's "+", Tab skips the next option's disabled "−" to its "+".
  const benBallot = ballotForm(ben.page);
  const calmAdd = option(benBallot, 'Strengths', 'Calm, purposeful corridors').getByRole('button', { name: /Add a dot/ });
  await option(benBallot, 'Strengths', 'Pupils explain their reasoning').getByRole('button', { name: /Add a dot/ }).focus();
  await ben.page.keyboard.press('Tab');
  await expect(calmAdd).toBeFocused();
  await ben.page.keyboard.press('Space');
  await expect(option(benBallot, 'Strengths', 'Calm, purposeful corridors').getByText('1 dot on Calm, purposeful corridors, at most 2')).toBeAttached();
  await expect(calmAdd).toBeFocused();
  await addDot(benBallot, 'Strengths', 'Reading is prioritised');
  await addDot(benBallot, 'Next steps', 'Feedback varies between classes');
  await addDot(benBallot, 'Next steps', 'Feedback varies between classes');
  await benBallot.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(benBallot.getByText('Your votes are in')).toBeVisible();
  await expect(lead.page.locator('.turnout')).toHaveText('2 of 3 have voted');
  // Each sees only their own dots: Ben's four, Ana's four, none on the Lead Reviewer's ballot.
  await expect(filledDots(ben.page)).toHaveCount(4);
  await expect(option(benBallot, 'Next steps', 'Homework is rarely set').locator('.dot--on')).toHaveCount(0);
  await expect(option(benBallot, 'Strengths', 'Calm, purposeful corridors').locator('.dot--on')).toHaveCount(1);
  await expect(filledDots(ana.page)).toHaveCount(4);
  await expect(option(anaBallot, 'Strengths', 'Reading is prioritised').locator('.dot--on')).toHaveCount(0);
  await expect(filledDots(lead.page)).toHaveCount(0);
  await expect(filledDots(obi.page)).toHaveCount(0);

  // A person in the room without a device votes through the Lead Reviewer. Someone who joined may not.
  await lead.page.getByText('Vote for someone in the room without a device').click();
  await lead.page.getByRole('textbox', { name: 'Their name' }).fill('Ana Reviewer');
  await lead.page.getByRole('button', { name: 'Start their ballot' }).click();
  const refused = lead.page.getByRole('form', { name: 'Ballot for Ana Reviewer' });
  await addDot(refused, 'Strengths', 'Leaders share a clear vision');
  await refused.getByRole('button', { name: 'Cast for Ana Reviewer' }).click();
  await expect(refused.getByRole('alert')).toContainText('Ana Reviewer has joined the board and votes on their own device');
  await viewAt(lead.page, refused.getByRole('alert'), shot('proxy-refused-projector.png'));

  await lead.page.getByRole('textbox', { name: 'Their name' }).fill('Jo Visitor');
  await lead.page.getByRole('button', { name: 'Start their ballot' }).click();
  const proxy = lead.page.getByRole('form', { name: 'Ballot for Jo Visitor' });
  await addDot(proxy, 'Strengths', 'Leaders share a clear vision');
  await addDot(proxy, 'Next steps', 'Homework is rarely set');
  await proxy.getByRole('button', { name: 'Cast for Jo Visitor' }).click();
  await expect(proxy.getByText('Cast for Jo Visitor, marked as proxied.')).toBeVisible();
  await expect(lead.page.getByRole('list', { name: 'Ballots you cast for others' })).toContainText('Jo Visitor proxied');
  await expect(lead.page.locator('.turnout')).toHaveText('3 of 4 have voted');

  // The Lead Reviewer votes too, on their own ballot.
  const leadBallot = ballotForm(lead.page);
  await addDot(leadBallot, 'Strengths', 'Reading is prioritised');
  await addDot(leadBallot, 'Next steps', 'Homework is rarely set');
  await leadBallot.getByRole('button', { name: 'Cast my votes' }).click();
  await expect(leadBallot.getByText('Your votes are in')).toBeVisible();
  await expect(lead.page.locator('.turnout')).toHaveText('4 of 4 have voted');
  await expect(obi.page.locator('.turnout')).toHaveText('4 people have voted');
  await viewTop(lead.page, shot('lead-open-round-projector.png'));

  await lead.page.getByRole('button', { name: 'Close the vote' }).click();
  await expect(ana.page.getByText('Waiting for the Lead Reviewer to reveal the results')).toBeVisible();
  await expect(ana.page.getByRole('form', { name: 'Your ballot' })).toHaveCount(0);
  await lead.page.getByRole('button', { name: 'Reveal the results' }).click();

  // Everyone sees the same ranked tallies and the same votes-versus-evidence panel.
  const results = async (page: Page) => {
    await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeVisible();
    return [await page.locator('.results__lanes').innerText(), await page.locator('.evidence-panel').innerText()].join('\n');
  };
  const seen = await Promise.all(everyone.map(({ page }) => results(page)));
  expect(new Set(seen).size).toBe(1);
  const strengths = lead.page.getByRole('region', { name: 'Strengths' }).getByRole('listitem');
  await expect(strengths).toHaveText([
    /^1Rank 1: Calm, purposeful corridorsOur impact3 votes$/,
    /^2Rank 2: Reading is prioritisedOur impact2 votes$/,
    /^3Rank 3: Leaders share a clear visionLooking forward1 vote$/,
    /^4Rank 4: Pupils explain their reasoningOur impact0 votes$/,
  ]);
  const nextSteps = lead.page.getByRole('region', { name: 'Next steps' }).getByRole('listitem');
  await expect(nextSteps).toHaveText([/Feedback varies between classes.*3 votes$/, /Homework is rarely set.*3 votes$/, /Attendance of disadvantaged pupils.*0 votes$/]);
  await expect(lead.page.getByText('1 of the 4 voters voted through the Lead Reviewer (proxied).')).toBeVisible();
  const thin = lead.page.getByRole('region', { name: 'Many votes, thin evidence' });
  await expect(thin.getByRole('listitem')).toHaveText([/Calm, purposeful corridors.*3 votes · a single source/, /Homework is rarely set.*3 votes · a single source/]);
  const strong = lead.page.getByRole('region', { name: 'Well evidenced, few votes' });
  await expect(strong.getByRole('listitem')).toHaveText([/Pupils explain their reasoning.*0 votes · 3 distinct sources/, /Attendance of disadvantaged pupils.*0 votes · 3 distinct sources/]);
  await expect(connectionStatus(lead.page)).toBeVisible();

  await viewTop(lead.page, shot('results-projector-viewport.png'));
  await viewAt(ana.page, ana.page.locator('.results__lanes'), shot('results-phone-viewport.png'));

  // Shown to the room: the results alone, full screen.
  await lead.page.getByRole('button', { name: 'Show full screen' }).click();
  await expect(lead.page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  await lead.page.screenshot({ path: shot('results-fullscreen-projector.png') });
  await lead.page.getByRole('button', { name: 'Leave full screen' }).click();

  // A re-run: a fresh open round with the same settings; the first stays in the history.
  await lead.page.getByRole('button', { name: 'Run this vote again' }).click();
  await expect(lead.page.getByRole('heading', { name: 'Voting is open' })).toBeVisible();
  await expect(ana.page.getByText('Vote 2 · Whole board · Strengths and Next steps')).toBeVisible();
  await expect(filledDots(ana.page)).toHaveCount(0);
  await expect(ana.page.getByRole('region', { name: 'Earlier votes' })).toContainText('Vote 1');
  await expect(ana.page.getByRole('region', { name: 'Earlier votes' })).toContainText('4 voters · revealed');
  await lead.page.getByText('Vote 1', { exact: true }).click();
  await expect(lead.page.getByRole('region', { name: 'Earlier votes' }).getByRole('button', { name: 'Run this vote again' })).toHaveCount(0);
  await viewTop(lead.page, shot('rerun-with-history-projector.png'));

  // Over the whole test, each browser received its own ballot (and the proxies it cast) and nobody else's.
  for (const person of everyone) {
    const allowed = person === lead ? ['Lena Lead', 'Jo Visitor'] : [person.name];
    const voters = new Set(person.ballotsSeen.flatMap(votersIn));
    for (const voter of voters) expect(allowed, `${person.name} received ${voter}'s ballot`).toContain(voter);
  }
  expect([...new Set(ben.ballotsSeen.flatMap(votersIn))]).toEqual(['Ben Reviewer']);
  expect(problems).toEqual([]);

});
