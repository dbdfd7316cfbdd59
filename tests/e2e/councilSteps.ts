import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { CommandBody, CommandResult, CreateBoardResponse } from '@washup/shared/api';
import { participantOf } from './roomSteps';
import { commandByApi, startedSessionId } from './support/api';
import { writeIdea } from './support/boardDocWriter';
import { joinOnDevice, laptop, phone, projector } from './support/devices';
import { expect } from './support/fixtures';

/** Steps of a Council session that the Council specs share, phrased as the room would do them. */

const minute = 60_000;

export interface CouncilTeam {
  lead: Page;
  host: Page;
  ana: Page;
  /** His clock is 7 minutes fast. */
  ben: Page;
  /** Remote, and her clock is 4 minutes slow. */
  cat: Page;
  everyone: Page[];
}

/**
 * Five people on five devices, each on the Council tab: a projector, a laptop, a phone, and two
 * laptops whose clocks are minutes wrong (checked here, so agreement later is the app's doing).
 * The set-up form lists people in the order they joined, so they join one after another unless
 * `order` is `'any'` (a test that sets the speaking order through the relay), when all join at once.
 */
export async function joinCouncilTeam(browser: Browser, baseURL: string, board: CreateBoardResponse, problems: string[], order: 'joined' | 'any' = 'joined'): Promise<CouncilTeam> {
  const join = (invite: string, name: string, device: Parameters<typeof joinOnDevice>[4]) => () => joinOnDevice(browser, baseURL, invite, name, device, { problems });
  const joins = [
    join(board.invites.facilitator.url, 'Lena Lead', { viewport: projector }),
    join(board.invites.host.url, 'Hana Host', { viewport: laptop }),
    join(board.invites.reviewer.url, 'Ana Reviewer', { viewport: phone, mobile: true }),
    join(board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop, clockSkewMs: 7 * minute }),
    join(board.invites.reviewer.url, 'Cat Reviewer', { viewport: laptop, clockSkewMs: -4 * minute, location: 'Remote' }),
  ];
  const pages: Page[] = [];
  if (order === 'any') pages.push(...(await Promise.all(joins.map((joinNow) => joinNow()))));
  else for (const joinNow of joins) pages.push(await joinNow());
  const [lead, host, ana, ben, cat] = pages as [Page, Page, Page, Page, Page];
  const skew = (page: Page) => page.evaluate(() => Date.now() - (performance.timeOrigin + performance.now()));
  expect(await skew(ben)).toBeGreaterThan(6.9 * minute);
  expect(await skew(cat)).toBeLessThan(-3.9 * minute);
  const everyone = [lead, host, ana, ben, cat];
  for (const page of everyone) await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Council' }).click();
  return { lead, host, ana, ben, cat, everyone };
}

/**
 * The Lead Reviewer contracts three rounds in the order Cat, Ana, Ben. Every countdown is set
 * longer than any Council test may run (turns of 3 minutes, 10 minutes of the presenter's
 * thinking, 2 minutes of fresh thinking by default), so the relay's clock never ends a segment
 * while the test is still acting in it; a test that wants a time-out takes the minutes off.
 */
export async function contractCouncil(lead: Page): Promise<void> {
  const order = lead.getByRole('group', { name: 'Speaking order' });
  await expect(order.getByRole('listitem')).toHaveText([/Lena Lead/, /Ana Reviewer/, /Ben Reviewer/, /Cat Reviewer/]);
  await order.getByRole('button', { name: 'Move Cat Reviewer earlier' }).click();
  await order.getByRole('button', { name: 'Move Cat Reviewer earlier' }).click();
  await expect(order.getByRole('listitem')).toHaveText([/Lena Lead/, /Cat Reviewer/, /Ana Reviewer/, /Ben Reviewer/]);
  await lead.getByRole('spinbutton', { name: 'Custom turn (seconds)' }).fill('180');
  await lead.getByRole('spinbutton', { name: 'Rounds' }).fill('3');
  await lead.getByRole('spinbutton', { name: "Presenter's thinking (minutes)" }).fill('10');
  await lead.getByRole('button', { name: 'Start contracting' }).click();
}

/** Every device shows the same phase and the same speaker (or nobody speaking). */
export async function expectAgreement(pages: readonly Page[], phase: string, speaker: string | null): Promise<void> {
  await Promise.all(
    pages.map(async (page) => {
      await expect(page.getByTestId('council-phase')).toHaveText(phase);
      if (speaker) await expect(page.getByTestId('council-speaker')).toContainText(speaker);
      else await expect(page.getByTestId('council-speaker')).toHaveCount(0);
    }),
  );
}

/** The question the presenter states while thinking aloud. */
export const councilQuestion = 'How can we make feedback in books move learning on without adding to workload?';

/** The presenter thinks, states the question from their own device, and the Lead Reviewer moves on to it. */
export async function stateTheQuestion(team: CouncilTeam): Promise<void> {
  await team.host.getByRole('textbox', { name: "The presenter's question" }).fill(councilQuestion);
  await team.host.getByRole('button', { name: 'Save the question' }).click();
  await team.lead.getByRole('button', { name: 'End thinking: set the question' }).click();
  await expectAgreement(team.everyone, 'The question', null);
  for (const page of team.everyone) await expect(page.getByText(councilQuestion).first()).toBeVisible();
}

/** A Council session the Lead Reviewer runs by commands through the relay, as their device would send them. */
export interface CouncilByApi {
  sessionId: string;
  /** The three speakers' participant ids. */
  speakers: { cat: string; ana: string; ben: string };
  /** A command with the Lead Reviewer's token, or with the host's. */
  lead(body: CommandBody): Promise<CommandResult>;
  host(body: CommandBody): Promise<CommandResult>;
  /** An idea noted on the board as the Lead Reviewer's device notes it for a speaker; its id. */
  noteIdea(round: number, speaker: keyof CouncilByApi['speakers'], text: string): Promise<string>;
}

/**
 * The set-up, the presenter's thinking and the question of `contractCouncil` and the first test,
 * through the relay instead of the screens, for tests whose concern is what comes after: three
 * rounds of 3-minute turns in the order Cat, Ana, Ben, with the session left at round 1, Cat's
 * turn, on a running clock.
 */
export async function councilInRoundOneByApi(request: APIRequestContext, baseURL: string, board: CreateBoardResponse, team: CouncilTeam): Promise<CouncilByApi> {
  const of = (page: Page) => participantOf(page, board.id);
  const [lead, host, cat, ana, ben] = await Promise.all([of(team.lead), of(team.host), of(team.cat), of(team.ana), of(team.ben)]);
  const speakers = { cat: cat.participantId, ana: ana.participantId, ben: ben.participantId };
  const names = { cat: 'Cat Reviewer', ana: 'Ana Reviewer', ben: 'Ben Reviewer' };
  const leadCommand = (body: CommandBody) => commandByApi(request, board.id, lead.token, body);
  const started = await leadCommand({
    type: 'council.start',
    config: {
      presenter: { id: host.participantId, name: 'Hana Host' },
      participants: [
        { id: speakers.cat, name: names.cat, location: 'remote' },
        { id: speakers.ana, name: names.ana, location: 'inRoom' },
        { id: speakers.ben, name: names.ben, location: 'inRoom' },
      ],
      turnMs: 3 * minute,
      rounds: 3,
      presenterThinkingMs: 10 * minute,
    },
  });
  const sessionId = startedSessionId(started);
  const council: CouncilByApi = {
    sessionId,
    speakers,
    lead: leadCommand,
    host: (body) => commandByApi(request, board.id, host.token, body),
    noteIdea: (round, speaker, text) =>
      writeIdea(baseURL, board.id, lead.token, { sessionId, round, authorId: speakers[speaker], authorName: names[speaker], text, capturedBy: lead.participantId, capturedAt: Date.now() }),
  };
  await leadCommand({ type: 'council.advance', from: 'contracting' });
  await council.host({ type: 'council.setQuestion', question: councilQuestion });
  await leadCommand({ type: 'council.advance', from: 'presenterThinking' });
  await leadCommand({ type: 'council.advance', from: 'question' });
  return council;
}

/**
 * Round 1 of the first test after `councilInRoundOneByApi`, by commands, with the clock held from
 * the first turn on and Ben's idea noted in his turn. The session is left at fresh thinking after
 * round 1.
 */
export async function councilAfterRoundOneByApi(
  request: APIRequestContext,
  baseURL: string,
  board: CreateBoardResponse,
  team: CouncilTeam,
  benIdea: string,
): Promise<CouncilByApi & { benIdeaId: string }> {
  const council = await councilInRoundOneByApi(request, baseURL, board, team);
  await council.lead({ type: 'council.pause' });
  await council.lead({ type: 'council.done', speakerId: council.speakers.cat });
  await council.lead({ type: 'council.done', speakerId: council.speakers.ana });
  const benIdeaId = await council.noteIdea(1, 'ben', benIdea);
  await council.lead({ type: 'council.done', speakerId: council.speakers.ben });
  return { ...council, benIdeaId };
}
