import type { LaneId } from '../templates/schema';
import type { BoardDoc, RecordTypes } from './boardDoc';
import { cardSlot } from './boardIndex';
import { placeAmong, type SiblingPosition } from './ordering';
import type { Card, Placement } from './records';

type OrderedCollection = 'headings' | 'keyQuestions' | 'themes';

/** Writes `record` at `position` among `siblings` (the list it is to be shown in). */
export function putOrdered<Name extends OrderedCollection>(
  board: BoardDoc,
  name: Name,
  record: RecordTypes[Name],
  siblings: readonly RecordTypes[Name][],
  position: SiblingPosition,
): RecordTypes[Name] {
  const { orders, rekeyed } = placeAmong(siblings, [record.id], position);
  for (const { id, order } of rekeyed) {
    const sibling = siblings.find((item) => item.id === id);
    if (sibling) board.put(name, { ...sibling, order });
  }
  const placed = { ...record, order: orders[0] ?? record.order };
  board.put(name, placed);
  return placed;
}

/** A list cards are ordered in: loose in a lane, or inside a theme. */
export interface CardSlot {
  headingId: string;
  lane: LaneId;
  themeId?: string;
}

function placementIn(slot: CardSlot, order: string): Placement {
  const { headingId, lane, themeId } = slot;
  return themeId === undefined ? { headingId, lane, order } : { headingId, lane, themeId, order };
}

/** Writes `cards`, in the order given, at `position` in `slot`, whose current cards are `siblings`. */
export function putCardsInSlot(
  board: BoardDoc,
  cards: readonly Card[],
  slot: CardSlot,
  siblings: readonly Card[],
  position: SiblingPosition,
): void {
  const { orders, rekeyed } = placeAmong(siblings.map(cardSlot), cards.map((card) => card.id), position);
  for (const { id, order } of rekeyed) {
    const sibling = siblings.find((card) => card.id === id);
    if (sibling?.placement) board.put('cards', { ...sibling, placement: { ...sibling.placement, order } });
  }
  cards.forEach((card, at) => board.put('cards', { ...card, placement: placementIn(slot, orders[at] ?? '') }));
}
