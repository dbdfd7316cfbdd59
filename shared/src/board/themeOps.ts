import { laneIdSchema, type LaneId } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { indexBoard } from './boardIndex';
import { BoardOperationError } from './boardOperationError';
import { found, validated } from './recordChecks';
import { moveCard } from './cardOps';
import { newId } from './newId';
import type { SiblingPosition } from './ordering';
import { themeSchema, type Card, type Theme } from './records';
import { updateRecord } from './recordUpdate';
import { putCardsInSlot, putOrdered } from './reposition';
import { openingWords } from './textTruncation';

export const defaultThemeTitleLength = 60;

export interface NewThemeOptions {
  id?: string;
  /** Defaults to the start of the target card's observation. */
  title?: string;
}

/** Where a theme goes: a lane under a heading, at a position among that lane's themes (default: the end). */
export interface ThemeTarget {
  headingId: string;
  lane: LaneId;
  position?: SiblingPosition;
}

/**
 * Dropping card `draggedCardId` onto loose card `targetCardId` makes a theme of the two, at the end
 * of the target's lane's themes, the target first. Its title defaults to the start of the target's
 * observation (the card that was there first). A target already in a theme is refused: join that
 * theme instead (`joinTheme`).
 */
export function createThemeFromCards(
  board: BoardDoc,
  draggedCardId: string,
  targetCardId: string,
  options: NewThemeOptions = {},
): Theme {
  const dragged = found(board.get('cards', draggedCardId), 'the dragged card');
  const target = found(board.get('cards', targetCardId), 'the target card');
  if (dragged.id === targetCardId) throw new BoardOperationError('invalid', 'a card cannot make a theme with itself');
  if (dragged.privateLearning) throw new BoardOperationError('invalid', 'a reviewer-learning card stays in the private lane');
  const index = indexBoard(board);
  const where = index.placements.get(target.id);
  if (where?.kind !== 'loose') {
    throw new BoardOperationError('invalid', 'a theme is made from a card lying loose in a lane; join its theme instead');
  }
  const draft = {
    id: options.id ?? newId(),
    headingId: where.headingId,
    lane: where.lane,
    title: options.title ?? openingWords(target.observation, defaultThemeTitleLength),
    summary: '',
    order: 'a0',
  };
  const theme = validated(themeSchema, draft, 'theme');
  if (board.get('themes', theme.id)) throw new BoardOperationError('invalid', `a theme with id ${theme.id} already exists`);
  const laneThemes = index.lanesByHeading.get(where.headingId)?.[where.lane].themes ?? [];
  return board.transact(() => {
    putCardsInSlot(board, [target, dragged], { headingId: theme.headingId, lane: theme.lane, themeId: theme.id }, [], 'start');
    return putOrdered(board, 'themes', theme, laneThemes, 'end');
  });
}

/** The title a theme made in a lane gets until someone words it. */
export const newThemeTitle = 'New theme';

/** A lane of a heading, where a new theme is made. */
export interface LanePlace {
  headingId: string;
  lane: LaneId;
}

/**
 * Makes a theme at the end of a lane's themes: empty (from the lane's "New theme"), or holding one
 * card, which leaves wherever it was (from a card's "Move to…"). Its title is the card's opening
 * words, or "New theme" until someone words it.
 */
export function createTheme(board: BoardDoc, place: LanePlace, options: NewThemeOptions & { cardId?: string } = {}): Theme {
  const lane = validated(laneIdSchema, place.lane, 'lane');
  const card = options.cardId === undefined ? undefined : found(board.get('cards', options.cardId), 'the card');
  if (card?.privateLearning) throw new BoardOperationError('invalid', 'a reviewer-learning card stays in the private lane');
  const index = indexBoard(board);
  const lanes = found(index.lanesByHeading.get(place.headingId), 'the heading');
  const draft = {
    id: options.id ?? newId(),
    headingId: place.headingId,
    lane,
    title: options.title ?? (card ? openingWords(card.observation, defaultThemeTitleLength) : newThemeTitle),
    summary: '',
    order: 'a0',
  };
  const theme = validated(themeSchema, draft, 'theme');
  if (board.get('themes', theme.id)) throw new BoardOperationError('invalid', `a theme with id ${theme.id} already exists`);
  return board.transact(() => {
    const made = putOrdered(board, 'themes', theme, lanes[lane].themes, 'end');
    if (card) putCardsInSlot(board, [card], { headingId: made.headingId, lane, themeId: made.id }, [], 'start');
    return made;
  });
}

export function joinTheme(board: BoardDoc, cardId: string, themeId: string, position: SiblingPosition = 'end'): Card {
  return moveCard(board, cardId, { kind: 'theme', themeId, position });
}

export function renameTheme(board: BoardDoc, themeId: string, title: string): Theme {
  return updateRecord(board, 'themes', themeId, { title });
}

export function editThemeSummary(board: BoardDoc, themeId: string, summary: string): Theme {
  return updateRecord(board, 'themes', themeId, { summary });
}

/**
 * Moves a theme to another lane or heading, or to another position in its lane. Its cards go with
 * it: their recorded heading and lane follow, so that if the theme is later deleted by a peer they
 * fall loose where the theme last was. Also rescues a theme whose heading was removed.
 */
export function moveTheme(board: BoardDoc, themeId: string, target: ThemeTarget): Theme {
  const theme = found(board.get('themes', themeId), 'the theme');
  const lane = validated(laneIdSchema, target.lane, 'lane');
  const index = indexBoard(board);
  const lanes = found(index.lanesByHeading.get(target.headingId), 'the heading');
  return board.transact(() => {
    const moved = putOrdered(board, 'themes', { ...theme, headingId: target.headingId, lane }, lanes[lane].themes, target.position ?? 'end');
    for (const card of index.cardsByTheme.get(theme.id) ?? []) {
      const placement = card.placement;
      if (placement && (placement.headingId !== target.headingId || placement.lane !== lane)) {
        board.put('cards', { ...card, placement: { ...placement, headingId: target.headingId, lane } });
      }
    }
    return moved;
  });
}

/**
 * Removes the theme and leaves its cards loose at the end of its lane, in theme order (or in the
 * inbox if its heading is gone). A theme already gone is no error.
 */
export function dissolveTheme(board: BoardDoc, themeId: string): void {
  const theme = board.get('themes', themeId);
  if (!theme) return;
  const index = indexBoard(board);
  const cards = index.cardsByTheme.get(theme.id) ?? [];
  const lanes = index.lanesByHeading.get(theme.headingId);
  board.transact(() => {
    if (lanes) putCardsInSlot(board, cards, { headingId: theme.headingId, lane: theme.lane }, lanes[theme.lane].looseCards, 'end');
    else for (const card of cards) board.put('cards', { ...card, placement: null });
    board.remove('themes', theme.id);
  });
}

/** Deletes an empty theme (one with cards is refused: dissolve it). A theme already gone is no error. */
export function deleteTheme(board: BoardDoc, themeId: string): void {
  if (!board.get('themes', themeId)) return;
  if (indexBoard(board).cardsByTheme.get(themeId)?.length) {
    throw new BoardOperationError('not-empty', 'the theme still has cards; dissolve it to keep them');
  }
  board.remove('themes', themeId);
}

/**
 * Merges theme `fromId` into theme `intoId`: the cards of `from` join the end of `into`, in their
 * order, and `from` is removed (its wording with it; the merge is one change, so undo brings both back).
 */
export function mergeThemes(board: BoardDoc, intoId: string, fromId: string): Theme {
  if (intoId === fromId) throw new BoardOperationError('invalid', 'a theme cannot be merged into itself');
  const into = found(board.get('themes', intoId), 'the theme to merge into');
  const from = found(board.get('themes', fromId), 'the theme to merge');
  const index = indexBoard(board);
  if (!index.lanesByHeading.has(into.headingId)) throw new BoardOperationError('not-found', "the heading of the theme to merge into no longer exists");
  const cards = index.cardsByTheme.get(from.id) ?? [];
  const slot = { headingId: into.headingId, lane: into.lane, themeId: into.id };
  return board.transact(() => {
    putCardsInSlot(board, cards, slot, index.cardsByTheme.get(into.id) ?? [], 'end');
    board.remove('themes', from.id);
    return into;
  });
}
