import type { z } from 'zod';
import { laneIdSchema, type LaneId } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { indexBoard, type BoardIndex } from './boardIndex';
import { BoardOperationError } from './boardOperationError';
import { found, validated } from './recordChecks';
import { newId } from './newId';
import type { SiblingPosition } from './ordering';
import { cardSchema, type Card } from './records';
import { putCardsInSlot } from './reposition';

/** Where a card is sent: the inbox, loose in a lane, or into a theme (position defaults to the end). */
export type CardTarget =
  | { kind: 'inbox' }
  | { kind: 'lane'; headingId: string; lane: LaneId; position?: SiblingPosition }
  | { kind: 'theme'; themeId: string; position?: SiblingPosition };

export type NewCard = Omit<z.input<typeof cardSchema>, 'id' | 'placement'> & { id?: string };

/** What an edit may change: never the author, capture time or placement. */
export const cardContentFields = [
  'observation',
  'interpretation',
  'activity',
  'stakeholder',
  'site',
  'keyQuestionIds',
  'valence',
  'counterEvidence',
  'privateLearning',
] as const satisfies readonly (keyof Card)[];
export type CardContent = Pick<Card, (typeof cardContentFields)[number]>;
/** A field given as `undefined` is cleared (interpretation, stakeholder, site); one left out is kept. */
export type CardContentPatch = Partial<CardContent>;

/** Writes the card at `target`; checks everything before the first write, so a refusal writes nothing. */
function putCardAt(board: BoardDoc, index: BoardIndex, card: Card, target: CardTarget): void {
  if (target.kind === 'inbox') {
    board.put('cards', { ...card, placement: null });
    return;
  }
  if (card.privateLearning) {
    throw new BoardOperationError('invalid', 'a reviewer-learning card stays in the private lane; make it shared first');
  }
  const position = target.position ?? 'end';
  if (target.kind === 'lane') {
    const lane = validated(laneIdSchema, target.lane, 'lane');
    const lanes = found(index.lanesByHeading.get(target.headingId), 'the heading');
    putCardsInSlot(board, [card], { headingId: target.headingId, lane }, lanes[lane].looseCards, position);
    return;
  }
  const theme = found(board.get('themes', target.themeId), 'the theme');
  if (!index.lanesByHeading.has(theme.headingId)) throw new BoardOperationError('not-found', "the theme's heading no longer exists");
  const slot = { headingId: theme.headingId, lane: theme.lane, themeId: theme.id };
  putCardsInSlot(board, [card], slot, index.cardsByTheme.get(theme.id) ?? [], position);
}

export function addCard(board: BoardDoc, input: NewCard, target: CardTarget = { kind: 'inbox' }): Card {
  const card = validated(cardSchema, { ...input, id: input.id ?? newId(), placement: null }, 'card');
  if (board.get('cards', card.id)) throw new BoardOperationError('invalid', `a card with id ${card.id} already exists`);
  board.transact(() => putCardAt(board, indexBoard(board), card, target));
  return found(board.get('cards', card.id), 'the card');
}

export function editCard(board: BoardDoc, cardId: string, patch: CardContentPatch): Card {
  const card = found(board.get('cards', cardId), 'the card');
  const edited: Record<string, unknown> = { ...card };
  // Copy field by field: a patch built from untyped input must not slip in an author or placement.
  for (const field of cardContentFields) if (field in patch) edited[field] = patch[field];
  // Reviewer learning never sits in a lane or theme, so making a card private takes it off the board.
  if (edited['privateLearning'] === true) edited['placement'] = null;
  const next = validated(cardSchema, edited, 'card');
  board.put('cards', next);
  return next;
}

/** Deleting a card that is already gone does nothing, so two people deleting it at once is fine. */
export function deleteCard(board: BoardDoc, cardId: string): void {
  if (board.get('cards', cardId)) board.remove('cards', cardId);
}

/** Who asks for a card to be deleted: a participant who may edit the board (hosts and observers never write). */
export interface CardDeleter {
  participantId: string;
  /** Whether they are the board's Lead Reviewer. */
  leadReviewer: boolean;
}

/** A card may be deleted by its author or by the Lead Reviewer; not by another reviewer, who may only move or edit it. */
export function mayDeleteCard(card: Pick<Card, 'authorId'>, deleter: CardDeleter): boolean {
  return deleter.leadReviewer || card.authorId === deleter.participantId;
}

/**
 * Deletes a card on behalf of `deleter`, refusing anyone else than its author or the Lead Reviewer.
 * The relay does not check who deletes a record (a deletion carries no author), so this rule holds
 * in every client that goes through it; the Lead Reviewer's restore points cover the rest.
 */
export function deleteCardAs(board: BoardDoc, cardId: string, deleter: CardDeleter): void {
  const card = board.get('cards', cardId);
  if (!card) return;
  if (!mayDeleteCard(card, deleter)) throw new BoardOperationError('invalid', "only the card's author or the Lead Reviewer can delete it");
  board.remove('cards', cardId);
}

export function moveCard(board: BoardDoc, cardId: string, target: CardTarget): Card {
  const card = found(board.get('cards', cardId), 'the card');
  board.transact(() => putCardAt(board, indexBoard(board), card, target));
  return found(board.get('cards', cardId), 'the card');
}
