import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { endCues, watchEndCues } from './support/endCue';
import { expect, snapshot, test } from './support/fixtures';
import { contractCouncil, councilAfterRoundOneByApi, councilInRoundOneByApi, councilQuestion, expectAgreement, joinCouncilTeam, stateTheQuestion } from './councilSteps';

const minute = 60_000;

/** The ideas the Council tests offer: Ben's and Cat's in round 1, Ana's after round 2. */
const benIdea = 'Live marking in lessons, with a code pupils act on before the bell';
const catIdea = 'Whole-class feedback sheets instead of written comments';
const anaIdea = 'A feedback-free week to see what pupils miss';

/** What the Lead Reviewer's countdown shows is left, in ms. */
async function remainingMs(page: Page): Promise<number> {
  return Number(await page.getByRole('timer').getAttribute('data-remaining-ms'));
}

async function noteIdea(page: Page, text: string, offeredBy?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Note an idea' });
  await form.getByRole('textbox', { name: 'Idea' }).fill(text);
  if (offeredBy) await form.getByRole('combobox', { name: 'Offered by' }).selectOption({ label: offeredBy });
  await form.getByRole('button', { name: 'Add the idea' }).click();
  await expect(form.getByRole('textbox', { name: 'Idea' })).toHaveValue('');
}

test('Council set-up and a first round in step on five devices: a turn done and a pass', async ({ browser, request, relay }) => {
  // The test's minute is shorter than any segment it acts in (turns of 3 minutes, thinking of 10), so the relay's clock cannot overtake it.
  const board = await createBoardByApi(request, 'Council at Greenfield');
  const problems: string[] = [];
  const team = await joinCouncilTeam(browser, relay.url, board, problems);
  const { lead, host, ana, ben, cat, everyone } = team;
  for (const page of [host, ana, ben, cat]) await expect(page.getByText('No Council session yet')).toBeVisible();

  // Set-up: the host presents by default, the Lead Reviewer holds the process and is left out of the rounds.
  await expect(lead.getByRole('combobox', { name: 'Presenter' })).toHaveValue(/.+/);
  await expect(lead.getByRole('combobox', { name: 'Presenter' }).locator('option:checked')).toHaveText('Hana Host (host)');
  const order = lead.getByRole('group', { name: 'Speaking order' });
  await expect(order.getByRole('checkbox', { name: 'Lena Lead' })).not.toBeChecked();
  for (const name of ['Ana Reviewer', 'Ben Reviewer', 'Cat Reviewer']) await expect(order.getByRole('checkbox', { name })).toBeChecked();
  await expect(order.getByRole('combobox', { name: 'Where Cat Reviewer is' })).toHaveValue('remote');
  // Speaking order round the room: Cat (remote) first, then Ana and Ben.
  await contractCouncil(lead);
  await expectAgreement(everyone, 'Contracting', null);
  await expect(ana.getByText('3 speakers, 3 rounds, 180 seconds each')).toBeVisible();

  await lead.getByRole('button', { name: "Start the presenter's thinking" }).click();
  await expectAgreement(everyone, 'Hana Host is thinking aloud', null);
  await expect(host.getByTestId('presenter-listening')).toHaveCount(0);
  // The host states the question while thinking; everyone sees it.
  await stateTheQuestion(team);

  // Round 1: Cat is done and Ana passes; the next test takes Ben's turn and Ana's second chance on.
  await lead.getByRole('button', { name: 'Start round 1' }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Cat Reviewer');
  await expect(ben.getByTestId('council-next')).toContainText('Ana Reviewer');
  await expect(host.getByTestId('presenter-listening')).toHaveText(/You are listening/);
  await expect(ana.getByTestId('presenter-listening')).toHaveText(/Hana Host is listening/);
  await Promise.all(everyone.map(watchEndCues));
  await cat.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Ana Reviewer');
  // The turn's end on every device: one flash, drawn by the compositor (only its opacity moves),
  // and one chime, whose sound is switched off again once it has played.
  for (const page of everyone) await expect.poll(() => endCues(page)).toEqual({ flashes: [['opacity']], audio: ['suspended'] });
  await ana.getByRole('button', { name: 'Pass' }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Ben Reviewer');

  expect(problems).toEqual([]);
});

test('Council round 1 on five devices: a time-out and a second chance, paused, a minute more and resumed', async ({ browser, request, relay }, testInfo) => {
  // The test's minute is shorter than any segment it acts in (turns of 3 minutes), so the relay's clock cannot overtake it.
  const shotPath = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Council at Greenfield · second chance');
  const problems: string[] = [];
  const team = await joinCouncilTeam(browser, relay.url, board, problems, 'any');
  const { lead, ana, ben, everyone } = team;
  // The set-up and round 1 up to Ben's turn as the test above runs them on the screens, by the Lead Reviewer's and the host's commands.
  const council = await councilInRoundOneByApi(request, relay.url, board, team);
  await expectAgreement(everyone, 'Round 1 of 3', 'Cat Reviewer');
  // Round 1 began straight after the question, and Cat's turn ends at once, on most devices within
  // the flash of round 1's start (1.5 s): it still flashes afresh on every device.
  await Promise.all(everyone.map(watchEndCues));
  await council.lead({ type: 'council.done', speakerId: council.speakers.cat });
  for (const page of everyone) await expect.poll(async () => (await endCues(page)).flashes).toEqual([['opacity']]);
  await council.lead({ type: 'council.pass', speakerId: council.speakers.ana });
  await expectAgreement(everyone, 'Round 1 of 3', 'Ben Reviewer');

  // Ben starts noting his idea as soon as he speaks; his turn runs out before he adds it, and it stays his.
  await ben.getByRole('form', { name: 'Note an idea' }).getByRole('textbox', { name: 'Idea' }).fill(benIdea);
  // The Lead Reviewer takes his three minutes away one at a time; the last leaves none, and the
  // relay's own wake-up at the countdown's end times the turn out, as on a turn left to run.
  const takeMinute = lead.getByRole('group', { name: 'Clock' }).getByRole('button', { name: '−1 min' });
  for (const left of [2 * minute, minute]) {
    await takeMinute.click();
    await expect.poll(() => remainingMs(lead)).toBeLessThanOrEqual(left);
  }
  await takeMinute.click();
  // Ana's second chance: the Lead Reviewer holds the clock while the room settles.
  await expect(lead.getByTestId('council-speaker')).toContainText('Ana Reviewer');
  await lead.getByRole('group', { name: 'Clock' }).getByRole('button', { name: 'Pause' }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Ana Reviewer');
  for (const page of everyone) {
    await expect(page.getByTestId('council-speaker')).toContainText('Second chance');
    await expect(page.getByRole('timer')).toContainText('Paused');
  }
  await ben.getByRole('form', { name: 'Note an idea' }).getByRole('button', { name: 'Add the idea' }).click();
  await snapshot(ana, 'council-phone-turn', shotPath);
  await snapshot(lead, 'council-projector-turn', shotPath);
  // A minute more for Ana, the same on every device, then the clock runs again.
  const pausedAt = Number(await ana.getByRole('timer').getAttribute('data-remaining-ms'));
  await lead.getByRole('group', { name: 'Clock' }).getByRole('button', { name: '+1 min' }).click();
  for (const page of everyone) await expect(page.getByRole('timer')).toHaveAttribute('data-remaining-ms', String(pausedAt + minute));
  await lead.getByRole('group', { name: 'Clock' }).getByRole('button', { name: 'Resume' }).click();
  for (const page of everyone) await expect(page.getByRole('timer')).not.toContainText('Paused');
  await ana.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Fresh thinking after round 1', null);

  // Ben's idea stays his, and the record shows Ana's pass and Ben's time-out, on every device.
  const record = (page: Page, name: string) => page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  for (const page of everyone) {
    await expect(page.getByTestId('council-idea').filter({ hasText: benIdea })).toContainText('Ben Reviewer');
    await expect(record(page, 'Ana Reviewer')).toContainText('passed, then');
    await expect(record(page, 'Ben Reviewer')).toContainText('(time)');
  }

  expect(problems).toEqual([]);
});

test('Council rounds two and three and the host\'s choice, on five devices', async ({ browser, request, relay }) => {
  const board = await createBoardByApi(request, 'Council at Greenfield · rounds');
  const problems: string[] = [];
  const team = await joinCouncilTeam(browser, relay.url, board, problems, 'any');
  const { lead, host, ana, ben, cat, everyone } = team;
  // The test above runs the set-up and round 1 on the screens; here the Lead Reviewer's device
  // sends the same commands. They hold the clock from the first turn on, and a held clock stays
  // held from turn to turn and through fresh thinking, so the room takes the time it needs.
  await councilAfterRoundOneByApi(request, relay.url, board, team, benIdea);
  await expectAgreement(everyone, 'Fresh thinking after round 1', null);
  for (const page of everyone) await expect(page.getByRole('timer')).toContainText('Paused');

  // Fresh thinking: the Lead Reviewer notes what Cat offered, for her.
  await noteIdea(lead, catIdea, 'Cat Reviewer');
  await lead.getByRole('button', { name: 'Start round 2' }).click();

  // Round 2: the Lead Reviewer ends turns for the room; Ana passes twice and is not asked a third time.
  await expectAgreement(everyone, 'Round 2 of 3', 'Cat Reviewer');
  await lead.getByRole('button', { name: 'Cat Reviewer is done' }).click();
  await expectAgreement(everyone, 'Round 2 of 3', 'Ana Reviewer');
  await lead.getByRole('button', { name: 'Ana Reviewer passes' }).click();
  await expectAgreement(everyone, 'Round 2 of 3', 'Ben Reviewer');
  await ben.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Round 2 of 3', 'Ana Reviewer');
  await ana.getByRole('button', { name: 'Pass' }).click();
  await expectAgreement(everyone, 'Fresh thinking after round 2', null);
  await noteIdea(ana, anaIdea, 'Ana Reviewer');
  await lead.getByRole('button', { name: 'Start round 3' }).click();

  // Round 3: the Lead Reviewer skips Cat for now (she is reconnecting); she speaks at the end.
  await expectAgreement(everyone, 'Round 3 of 3', 'Cat Reviewer');
  await lead.getByRole('button', { name: 'Skip Cat Reviewer for now' }).click();
  await expectAgreement(everyone, 'Round 3 of 3', 'Ana Reviewer');
  await ana.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Round 3 of 3', 'Ben Reviewer');
  await ben.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Round 3 of 3', 'Cat Reviewer');
  await cat.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Hana Host chooses ideas to pursue', null);

  // Every device has all three ideas, each against the person who offered it.
  for (const page of everyone) {
    await expect(page.getByTestId('council-idea')).toHaveCount(3);
    await expect(page.getByTestId('council-idea').filter({ hasText: benIdea })).toContainText('Ben Reviewer');
    await expect(page.getByTestId('council-idea').filter({ hasText: catIdea })).toContainText('Cat Reviewer');
  }
  // Only the presenter (or the Lead Reviewer) is offered the choice.
  await expect(ana.getByRole('checkbox', { name: 'Pursue' })).toHaveCount(0);
  // The box shows the relay's answer, not the click, so it is ticked once the choice is recorded.
  const pursue = host.getByTestId('council-idea').filter({ hasText: benIdea }).getByRole('checkbox', { name: 'Pursue' });
  await pursue.click();
  await expect(pursue).toBeChecked();
  for (const page of everyone) {
    await expect(page.getByTestId('council-chosen')).toHaveText('Hana Host chose 1 to pursue.');
    await expect(page.getByTestId('council-idea').filter({ hasText: benIdea })).toHaveClass(/council-idea--chosen/);
  }

  // The speaking record: Ana's two passes and Cat's skip (the Lead Reviewer's, not a pass of hers).
  const record = (page: Page, name: string) => page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  for (const page of [lead, ana]) {
    await expect(record(page, 'Ana Reviewer')).toContainText('passed twice');
    await expect(record(page, 'Cat Reviewer')).toContainText('skipped, then spoke');
  }

  expect(problems).toEqual([]);
});

test('Council appreciations, the close and the report, on five devices', async ({ browser, request, relay }, testInfo) => {
  const shotPath = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Council at Greenfield · appreciations');
  const problems: string[] = [];
  const team = await joinCouncilTeam(browser, relay.url, board, problems, 'any');
  const { lead, host, ana, ben, everyone } = team;
  // Rounds two and three as the test above runs them on the screens, by the Lead Reviewer's commands.
  const council = await councilAfterRoundOneByApi(request, relay.url, board, team, benIdea);
  const { cat: catId, ana: anaId, ben: benId } = council.speakers;
  await council.noteIdea(1, 'cat', catIdea);
  await council.lead({ type: 'council.advance', from: 'freshThinking' });
  await council.lead({ type: 'council.done', speakerId: catId });
  await council.lead({ type: 'council.pass', speakerId: anaId });
  await council.lead({ type: 'council.done', speakerId: benId });
  await council.lead({ type: 'council.pass', speakerId: anaId });
  await council.noteIdea(2, 'ana', anaIdea);
  await council.lead({ type: 'council.advance', from: 'freshThinking' });
  await council.lead({ type: 'council.skip', speakerId: catId });
  await council.lead({ type: 'council.done', speakerId: anaId });
  await council.lead({ type: 'council.done', speakerId: benId });
  await council.lead({ type: 'council.done', speakerId: catId });
  await council.host({ type: 'council.selectIdea', ideaId: council.benIdeaId });
  await expectAgreement(everyone, 'Hana Host chooses ideas to pursue', null);
  for (const page of everyone) await expect(page.getByTestId('council-chosen')).toHaveText('Hana Host chose 1 to pursue.');

  await lead.getByRole('button', { name: 'Move to appreciations' }).click();
  await expectAgreement(everyone, 'Appreciations', null);
  await host.getByRole('textbox', { name: 'Your appreciation' }).fill('Thank you all: I have three things to try on Monday.');
  await host.getByRole('button', { name: 'Add', exact: true }).click();
  await ana.getByRole('textbox', { name: 'Your appreciation' }).fill('Thank you for being so open about what is hard.');
  await ana.getByRole('button', { name: 'Add', exact: true }).click();
  for (const page of everyone) await expect(page.getByTestId('council-appreciation')).toHaveCount(2);
  await snapshot(lead, 'council-projector-appreciations', shotPath);
  await lead.getByRole('button', { name: 'Close the session' }).click();
  await expectAgreement(everyone, 'Session closed', null);
  await snapshot(ana, 'council-phone-closed', shotPath);

  // The report shows what the host chose, and nothing they did not, and how the session ran.
  for (const page of [host, ben]) {
    await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
    const challenge = page.getByRole('region', { name: 'Area of challenge' });
    await expect(challenge).toContainText(councilQuestion);
    await expect(challenge.getByRole('listitem')).toHaveText([benIdea]);
    await expect(challenge).not.toContainText(catIdea);
    // How it ran, in counts only: the report names no speaker.
    await expect(challenge).toContainText(/Session record: 3 rounds; 3 participants spoke for .+ in all; 3 ideas offered \(2, 1, 0 by round\); 2 passes; the host chose 1\./);
  }

  expect(problems).toEqual([]);
});
