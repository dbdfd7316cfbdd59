import * as Y from 'yjs';
import { BoardDoc } from '../../../src/board/boardDoc';
import { addCard, type NewCard } from '../../../src/board/cardOps';
import { addHeading } from '../../../src/board/headingOps';
import type { HostAgreement } from '../../../src/board/records';
import { emptyHostPartner, type HostPartnerState } from '../../../src/hostPartner/hostPartnerState';
import type { SessionRunFigures } from '../../../src/report/sessionRecord';
import { findTemplate } from '../../../src/templates/catalogue';
import type { LaneId } from '../../../src/templates/schema';
import type { PublicVoteRound } from '../../../src/voting/votesState';
import { capturedAt, cardInput } from '../../board/support/boards';

/** 22 November 2025, midday in London. */
export const generatedAt = Date.UTC(2025, 10, 22, 12);

/** A one-round Council session, closed, in which the host chose one idea. */
export const closedCouncilRun: SessionRunFigures = { process: 'council', underWayAt: null, rounds: 1, participants: 3, speakers: 3, speakingMs: 150_000, passes: 0, chosen: 1 };

/**
 * A QA Review board with the Area of Excellence panel added between the prescribed headings, so
 * tests see it moved to the end: `lead`, `aoe` (panel), `prov`.
 */
export function qaBoard(title = 'Riverside Academy'): BoardDoc {
  const board = new BoardDoc(new Y.Doc());
  const template = findTemplate('qa-review');
  if (!template) throw new Error('no qa-review template');
  board.setMeta({ title, templateId: template.id, createdAt: capturedAt, lanes: template.lanes });
  addHeading(board, { id: 'lead', title: 'Leadership at all levels' });
  addHeading(board, { id: 'aoe', title: 'Area of Excellence', description: 'The area the school put forward.', panel: true });
  addHeading(board, { id: 'prov', title: 'Quality of provision and outcomes' });
  return board;
}

export interface ThemeSpec {
  id: string;
  headingId: string;
  lane: LaneId;
  title: string;
  /** Its position in the lane on the board. */
  order: string;
  summary?: string;
  cards: Partial<NewCard>[];
}

/** Writes a theme and its cards, in the order given. */
export function addTheme(board: BoardDoc, spec: ThemeSpec): void {
  board.put('themes', {
    id: spec.id,
    headingId: spec.headingId,
    lane: spec.lane,
    title: spec.title,
    summary: spec.summary ?? '',
    order: spec.order,
  });
  for (const card of spec.cards) addCard(board, cardInput(card), { kind: 'theme', themeId: spec.id });
}

/** The host Hana, as the relay records her acts. */
export const hostHana = { participantId: 'p-hana', name: 'Hana', role: 'host' as const };

/** The host's record after Hana marked each theme as given, at `generatedAt`. */
export function hostAgrees(states: Record<string, HostAgreement>): HostPartnerState {
  return { ...emptyHostPartner, themeActs: Object.entries(states).map(([themeId, state]) => ({ themeId, state, by: hostHana, at: generatedAt })) };
}

/** Cards from `count` different activities, one each. */
export function sourcedCards(count: number, label: string): Partial<NewCard>[] {
  const activities = ['lesson visit', 'interview', 'work scrutiny', 'focus group', 'learning walk'] as const;
  return Array.from({ length: count }, (_, at) => ({ observation: `${label} ${at + 1}`, activity: activities[at % activities.length] }));
}

/** A revealed (or, with `status`, a not yet revealed) round as the relay doc holds it. */
export function publicRound(
  id: string,
  revealedAt: number,
  results: Array<{ themeId: string; votes: number; lane?: LaneId; kind?: 'theme' | 'card' }>,
  status: 'closed' | 'revealed' = 'revealed',
): PublicVoteRound {
  const ranked = (lane: LaneId) =>
    results
      .filter((result) => (result.lane ?? 'strengths') === lane)
      .map((result, at) => ({ optionId: result.themeId, kind: result.kind ?? 'theme', label: result.themeId, headingId: 'lead', votes: result.votes, rank: at + 1 }));
  const totalVotes = (lane: LaneId) => ranked(lane).reduce((sum, entry) => sum + entry.votes, 0);
  return {
    round: {
      id,
      config: { scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], includeUnthemedCards: false, eligibleRoles: ['facilitator', 'reviewer'] },
      status,
      lanes: {},
      openedBy: 'fac-1',
      openedAt: revealedAt - 1,
      ...(status === 'revealed' ? { revealedAt } : {}),
    },
    voterCount: 3,
    tally:
      status === 'revealed'
        ? {
            roundId: id,
            lanes: {
              strengths: { ranked: ranked('strengths'), voterCount: 3, totalVotes: totalVotes('strengths') },
              nextSteps: { ranked: ranked('nextSteps'), voterCount: 3, totalVotes: totalVotes('nextSteps') },
            },
            voterCount: 3,
            proxiedVoterCount: 0,
          }
        : null,
  };
}
