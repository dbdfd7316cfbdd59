import { laneIds, type LaneId } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { compareOrdered, type OrderedItem } from './ordering';
import { resolvePlacement, type ResolvedPlacement } from './placement';
import type { Card, Heading, Theme } from './records';

export interface LaneContents {
  themes: Theme[];
  looseCards: Card[];
}

/**
 * The board grouped by where each card is shown, each list sorted. Built in one pass over the
 * records; both the derived views and the operations (which need a card's siblings) use it, so an
 * operation's "index 3" means the same list the user sees.
 */
export interface BoardIndex {
  headings: Heading[];
  lanesByHeading: Map<string, Record<LaneId, LaneContents>>;
  /** The cards of every theme, also of themes whose heading is gone (moving the theme rescues them). */
  cardsByTheme: Map<string, Card[]>;
  /** Themes whose heading was removed while a peer moved or created them there. */
  orphanedThemes: Theme[];
  /** Newest first. */
  inbox: Card[];
  privateLearning: Card[];
  placements: Map<string, ResolvedPlacement>;
}

/** A placed card as a sibling in its lane or theme. */
export function cardSlot(card: Card): OrderedItem {
  return { id: card.id, order: card.placement?.order ?? '' };
}

export function compareCardsInList(a: Card, b: Card): number {
  return compareOrdered(cardSlot(a), cardSlot(b));
}

export function compareNewestFirst(a: Card, b: Card): number {
  if (a.capturedAt !== b.capturedAt) return b.capturedAt - a.capturedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function emptyLanes(): Record<LaneId, LaneContents> {
  return { strengths: { themes: [], looseCards: [] }, nextSteps: { themes: [], looseCards: [] } };
}

export function indexBoard(board: BoardDoc): BoardIndex {
  const headings = board.list('headings').sort(compareOrdered);
  const lanesByHeading = new Map(headings.map((heading) => [heading.id, emptyLanes()]));
  const cardsByTheme = new Map<string, Card[]>();
  const orphanedThemes: Theme[] = [];
  for (const theme of board.list('themes')) {
    cardsByTheme.set(theme.id, []);
    const lanes = lanesByHeading.get(theme.headingId);
    if (lanes) lanes[theme.lane].themes.push(theme);
    else orphanedThemes.push(theme);
  }

  const inbox: Card[] = [];
  const privateLearning: Card[] = [];
  const placements = new Map<string, ResolvedPlacement>();
  for (const card of board.list('cards')) {
    const placement = resolvePlacement(card, board);
    placements.set(card.id, placement);
    const themeId = card.privateLearning ? undefined : card.placement?.themeId;
    if (themeId !== undefined) cardsByTheme.get(themeId)?.push(card);
    if (placement.kind === 'private') privateLearning.push(card);
    else if (placement.kind === 'inbox') inbox.push(card);
    else if (placement.kind === 'loose') lanesByHeading.get(placement.headingId)?.[placement.lane].looseCards.push(card);
  }

  for (const lanes of lanesByHeading.values()) {
    for (const lane of laneIds) {
      lanes[lane].themes.sort(compareOrdered);
      lanes[lane].looseCards.sort(compareCardsInList);
    }
  }
  for (const cards of cardsByTheme.values()) cards.sort(compareCardsInList);
  orphanedThemes.sort(compareOrdered);
  inbox.sort(compareNewestFirst);
  privateLearning.sort(compareNewestFirst);
  return { headings, lanesByHeading, cardsByTheme, orphanedThemes, inbox, privateLearning, placements };
}
