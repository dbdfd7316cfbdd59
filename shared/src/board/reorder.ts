import type { BoardDoc } from './boardDoc';
import { cardSlot, indexBoard } from './boardIndex';
import { BoardOperationError } from './boardOperationError';
import { moveCard } from './cardOps';
import { compareOrdered, type OrderedItem, type SiblingPosition } from './ordering';
import { moveTheme } from './themeOps';

/** One step up (towards the start) or down among siblings. */
export type Step = 'up' | 'down';

/**
 * Where an item goes to swap places with its neighbour (a keyboard's Alt+Arrow): just before the
 * one above it, or just after the one below. Null at either end, or when it is not among them.
 */
export function steppedPosition(siblings: readonly OrderedItem[], id: string, step: Step): SiblingPosition | null {
  const sorted = [...siblings].sort(compareOrdered);
  const at = sorted.findIndex((item) => item.id === id);
  if (at < 0) return null;
  const neighbour = sorted[step === 'up' ? at - 1 : at + 1];
  if (!neighbour) return null;
  return step === 'up' ? { before: neighbour.id } : { after: neighbour.id };
}

const atTheEnd = (step: Step) => new BoardOperationError('invalid', `it is already at the ${step === 'up' ? 'top' : 'bottom'} of its list`);

/** Moves a theme one place up or down among its lane's themes; refused at that end of the lane. */
export function stepTheme(board: BoardDoc, themeId: string, step: Step): void {
  const theme = board.get('themes', themeId);
  const lanes = theme && indexBoard(board).lanesByHeading.get(theme.headingId);
  if (!theme || !lanes) throw new BoardOperationError('not-found', 'the theme or its heading is gone');
  const position = steppedPosition(lanes[theme.lane].themes, themeId, step);
  if (!position) throw atTheEnd(step);
  moveTheme(board, themeId, { headingId: theme.headingId, lane: theme.lane, position });
}

/** Moves a card one place up or down within its theme, or among its lane's loose cards; refused at an end and in the inbox (kept newest first). */
export function stepCard(board: BoardDoc, cardId: string, step: Step): void {
  const index = indexBoard(board);
  const where = index.placements.get(cardId);
  if (where?.kind === 'theme') {
    const position = steppedPosition((index.cardsByTheme.get(where.themeId) ?? []).map(cardSlot), cardId, step);
    if (!position) throw atTheEnd(step);
    moveCard(board, cardId, { kind: 'theme', themeId: where.themeId, position });
  } else if (where?.kind === 'loose') {
    const loose = index.lanesByHeading.get(where.headingId)?.[where.lane].looseCards ?? [];
    const position = steppedPosition(loose.map(cardSlot), cardId, step);
    if (!position) throw atTheEnd(step);
    moveCard(board, cardId, { kind: 'lane', headingId: where.headingId, lane: where.lane, position });
  } else {
    throw new BoardOperationError('invalid', 'only a card in a lane or a theme has a place to change; the inbox is newest first');
  }
}
