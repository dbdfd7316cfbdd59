import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { joinOnDevice, laptop, phone, projector } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';

const minute = 60_000;

async function openCouncil(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Council' }).click();
}

/** Every device shows the same phase and the same speaker (or nobody speaking). */
async function expectAgreement(pages: readonly Page[], phase: string, speaker: string | null): Promise<void> {
  // All at once: a turn is only seconds long, and the speaker acts once everyone has it.
  await Promise.all(
    pages.map(async (page) => {
      await expect(page.getByTestId('council-phase')).toHaveText(phase);
      if (speaker) await expect(page.getByTestId('council-speaker')).toContainText(speaker);
      else await expect(page.getByTestId('council-speaker')).toHaveCount(0);
    }),
  );
}

/**
 * When each device's countdown says the segment ends, in true time. Each device watches its ring
 * redraw a few times and notes the true moment of each redraw plus the time it drew; a busy
 * machine can only make a redraw late, so the earliest estimate is the one closest to the device's
 * own reckoning. Devices whose clocks are minutes apart must still agree.
 */
async function countdownEnds(pages: readonly Page[]): Promise<number[]> {
  return Promise.all(
    pages.map((page) =>
      page.getByRole('timer').evaluate(
        (ring, redraws) =>
          new Promise<number>((resolve) => {
            const estimates: number[] = [];
            const observer = new MutationObserver(() => {
              const remaining = Number(ring.getAttribute('data-remaining-ms'));
              estimates.push(performance.timeOrigin + performance.now() + remaining);
              if (estimates.length < redraws) return;
              observer.disconnect();
              resolve(Math.min(...estimates));
            });
            observer.observe(ring, { attributes: true, attributeFilter: ['data-remaining-ms'] });
          }),
        3,
      ),
    ),
  );
}

async function expectCountdownsAgree(pages: readonly Page[]): Promise<number> {
  let widest = 0;
  for (let sample = 0; sample < 3; sample += 1) {
    const ends = await countdownEnds(pages);
    widest = Math.max(widest, Math.max(...ends) - Math.min(...ends));
  }
  expect(widest, 'spread of the countdowns across devices, in ms').toBeLessThanOrEqual(250);
  return widest;
}

async function noteIdea(page: Page, text: string, offeredBy?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Note an idea' });
  await form.getByRole('textbox', { name: 'Idea' }).fill(text);
  if (offeredBy) await form.getByRole('combobox', { name: 'Offered by' }).selectOption({ label: offeredBy });
  await form.getByRole('button', { name: 'Add the idea' }).click();
  await expect(form.getByRole('textbox', { name: 'Idea' })).toHaveValue('');
}

test('a Council session of three rounds runs in step on five devices, clocks minutes apart', async ({ browser, request, relay }, testInfo) => {
  test.setTimeout(240_000);
  const shotPath = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Council at Greenfield');
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', { viewport: projector }, { problems });
  const host = await joinOnDevice(browser, relay.url, board.invites.host.url, 'Hana Host', { viewport: laptop }, { problems });
  const ana = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }, { problems });
  const ben = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop, clockSkewMs: 7 * minute }, { problems });
  const cat = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Cat Reviewer', { viewport: laptop, clockSkewMs: -4 * minute, location: 'Remote' }, { problems });
  const everyone = [lead, host, ana, ben, cat];

  // The skew is real on the devices that have it, so agreement below is the app's doing.
  const skew = (page: Page) => page.evaluate(() => Date.now() - (performance.timeOrigin + performance.now()));
  expect(await skew(ben)).toBeGreaterThan(6.9 * minute);
  expect(await skew(cat)).toBeLessThan(-3.9 * minute);

  for (const page of everyone) await openCouncil(page);
  for (const page of [host, ana, ben, cat]) await expect(page.getByText('No Council session yet')).toBeVisible();

  // Set-up: the host presents by default, the Lead Reviewer holds the process and is left out of the rounds.
  await expect(lead.getByRole('combobox', { name: 'Presenter' })).toHaveValue(/.+/);
  await expect(lead.getByRole('combobox', { name: 'Presenter' }).locator('option:checked')).toHaveText('Hana Host (host)');
  const order = lead.getByRole('group', { name: 'Speaking order' });
  await expect(order.getByRole('checkbox', { name: 'Lena Lead' })).not.toBeChecked();
  for (const name of ['Ana Reviewer', 'Ben Reviewer', 'Cat Reviewer']) await expect(order.getByRole('checkbox', { name })).toBeChecked();
  await expect(order.getByRole('combobox', { name: 'Where Cat Reviewer is' })).toHaveValue('remote');
  await expect(order.getByRole('listitem')).toHaveText([/Lena Lead/, /Ana Reviewer/, /Ben Reviewer/, /Cat Reviewer/]);
  // Speaking order round the room: Cat (remote) first, then Ana and Ben.
  await order.getByRole('button', { name: 'Move Cat Reviewer earlier' }).click();
  await order.getByRole('button', { name: 'Move Cat Reviewer earlier' }).click();
  await lead.getByRole('spinbutton', { name: 'Custom turn (seconds)' }).fill('6');
  await lead.getByRole('spinbutton', { name: 'Rounds' }).fill('3');
  await lead.getByRole('spinbutton', { name: "Presenter's thinking (minutes)" }).fill('1');
  await lead.getByRole('button', { name: 'Start contracting' }).click();
  await expectAgreement(everyone, 'Contracting', null);
  await expect(ana.getByText('3 speakers, 3 rounds, 6 seconds each')).toBeVisible();

  await lead.getByRole('button', { name: "Start the presenter's thinking" }).click();
  await expectAgreement(everyone, 'Hana Host is thinking aloud', null);
  await expect(host.getByTestId('presenter-listening')).toHaveCount(0);
  const thinkingSpread = await expectCountdownsAgree(everyone);
  testInfo.annotations.push({ type: 'countdown spread (presenter thinking)', description: `${Math.round(thinkingSpread)} ms` });

  // The host states the question while thinking; everyone sees it.
  const question = 'How can we make feedback in books move learning on without adding to workload?';
  await host.getByRole('textbox', { name: "The presenter's question" }).fill(question);
  await host.getByRole('button', { name: 'Save the question' }).click();
  await lead.getByRole('button', { name: 'End thinking: set the question' }).click();
  await expectAgreement(everyone, 'The question', null);
  for (const page of everyone) await expect(page.getByText(question).first()).toBeVisible();

  // Round 1: Cat is done, Ana passes, Ben's time runs out on the relay's clock, Ana comes back.
  await lead.getByRole('button', { name: 'Start round 1' }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Cat Reviewer');
  await expect(ben.getByTestId('council-next')).toContainText('Ana Reviewer');
  await expect(host.getByTestId('presenter-listening')).toHaveText(/You are listening/);
  await expect(ana.getByTestId('presenter-listening')).toHaveText(/Hana Host is listening/);
  await cat.getByRole('button', { name: "I'm done" }).click();
  await expectAgreement(everyone, 'Round 1 of 3', 'Ana Reviewer');
  await ana.getByRole('button', { name: 'Pass' }).click();
  // Ben starts noting his idea as soon as he speaks; the turn ends on time before he adds it, and it stays his.
  const benIdea = 'Live marking in lessons, with a code pupils act on before the bell';
  await expect(ben.getByTestId('council-speaker')).toContainText('Ben Reviewer');
  await ben.getByRole('form', { name: 'Note an idea' }).getByRole('textbox', { name: 'Idea' }).fill(benIdea);
  await expectAgreement(everyone, 'Round 1 of 3', 'Ben Reviewer');
  const turnSpread = await expectCountdownsAgree(everyone);
  testInfo.annotations.push({ type: 'countdown spread (6 s turn)', description: `${Math.round(turnSpread)} ms` });
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

  // Fresh thinking: the Lead Reviewer notes what Cat offered, for her.
  const catIdea = 'Whole-class feedback sheets instead of written comments';
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
  const anaIdea = 'A feedback-free week to see what pupils miss';
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

  // The speaking record: passes and the time-out, the same on every device.
  const record = (page: Page, name: string) => page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  for (const page of [lead, ana]) {
    await expect(record(page, 'Ana Reviewer')).toContainText('passed, then');
    await expect(record(page, 'Ana Reviewer')).toContainText('passed twice');
    await expect(record(page, 'Ben Reviewer')).toContainText('(time)');
    await expect(record(page, 'Cat Reviewer')).toContainText('skipped, then spoke');
  }

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
    await expect(challenge).toContainText(question);
    await expect(challenge.getByRole('listitem')).toHaveText([benIdea]);
    await expect(challenge).not.toContainText(catIdea);
    // How it ran, in counts only: the report names no speaker.
    await expect(challenge).toContainText(/Session record: 3 rounds; 3 participants spoke for .+ in all; 3 ideas offered \(2, 1, 0 by round\); 3 passes; the host chose 1\./);
  }

  expect(problems).toEqual([]);
  for (const page of everyone) await page.context().close();
});
