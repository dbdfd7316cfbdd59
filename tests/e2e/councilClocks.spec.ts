import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { expect, test } from './support/fixtures';
import { contractCouncil, expectAgreement, joinCouncilTeam, stateTheQuestion } from './councilSteps';

/**
 * When each device's countdown says the segment ends, in true time. Each device watches its ring
 * redraw three times (once a second, as each second turns over) and notes the true moment of each
 * redraw plus the time left it drew; a busy machine can only make the note late, so the earliest
 * estimate is the one closest to the device's own reckoning.
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

/**
 * The gap between devices' countdown ends, each the earliest of three. A quarter of a second is what
 * the room would first notice (the seconds digit turning over at visibly different moments), and
 * well above what the clock estimate needs on loopback, so the margin is honest on a busy machine
 * without hiding an offset of even half a second.
 */
async function expectCountdownsAgree(pages: readonly Page[]): Promise<number> {
  const ends = await countdownEnds(pages);
  const spread = Math.max(...ends) - Math.min(...ends);
  expect(spread, 'spread of the countdowns across devices, in ms').toBeLessThanOrEqual(250);
  return spread;
}

// The one browser test that reads the real clock: the countdowns themselves, not what happens when they end.
test('countdowns agree in real time on five devices whose clocks are minutes apart', async ({ browser, request, relay }, testInfo) => {
  const board = await createBoardByApi(request, 'Council at Greenfield · clocks');
  const problems: string[] = [];
  const team = await joinCouncilTeam(browser, relay.url, board, problems);
  await contractCouncil(team.lead);
  await expectAgreement(team.everyone, 'Contracting', null);

  await team.lead.getByRole('button', { name: "Start the presenter's thinking" }).click();
  await expectAgreement(team.everyone, 'Hana Host is thinking aloud', null);
  const thinkingSpread = await expectCountdownsAgree(team.everyone);
  testInfo.annotations.push({ type: 'countdown spread (presenter thinking)', description: `${Math.round(thinkingSpread)} ms` });

  await stateTheQuestion(team);
  await team.lead.getByRole('button', { name: 'Start round 1' }).click();
  await expectAgreement(team.everyone, 'Round 1 of 3', 'Cat Reviewer');
  const turnSpread = await expectCountdownsAgree(team.everyone);
  testInfo.annotations.push({ type: 'countdown spread (a turn)', description: `${Math.round(turnSpread)} ms` });

  expect(problems).toEqual([]);
});
