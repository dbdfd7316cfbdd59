import type { z } from 'zod';
import { laneIds } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { indexBoard } from './boardIndex';
import { BoardOperationError } from './boardOperationError';
import { validated } from './recordChecks';
import { newId } from './newId';
import type { SiblingPosition } from './ordering';
import { headingSchema, type Heading } from './records';
import { reorderRecord, updateRecord } from './recordUpdate';
import { putOrdered } from './reposition';

export type NewHeading = Omit<z.input<typeof headingSchema>, 'id' | 'order'> & { id?: string };

export function addHeading(board: BoardDoc, input: NewHeading, position: SiblingPosition = 'end'): Heading {
  const heading = validated(headingSchema, { ...input, id: input.id ?? newId(), order: 'a0' }, 'heading');
  if (board.get('headings', heading.id)) throw new BoardOperationError('invalid', `a heading with id ${heading.id} already exists`);
  return board.transact(() => putOrdered(board, 'headings', heading, board.list('headings'), position));
}

export function editHeading(board: BoardDoc, headingId: string, change: Partial<Pick<Heading, 'title' | 'description'>>): Heading {
  return updateRecord(board, 'headings', headingId, change);
}

export function renameHeading(board: BoardDoc, headingId: string, title: string): Heading {
  return editHeading(board, headingId, { title });
}

export function reorderHeading(board: BoardDoc, headingId: string, position: SiblingPosition): Heading {
  return reorderRecord(board, 'headings', headingId, position);
}

export interface RemoveHeadingOptions {
  /** Also remove a heading that holds cards: its cards (loose and in themes) go to the inbox, its themes are deleted. */
  moveContentToInbox?: boolean;
}

/** Removes a heading; one that holds themes or cards only with `moveContentToInbox`. Already gone: no error. */
export function removeHeading(board: BoardDoc, headingId: string, options: RemoveHeadingOptions = {}): void {
  if (!board.get('headings', headingId)) return;
  const index = indexBoard(board);
  const lanes = index.lanesByHeading.get(headingId);
  const themes = laneIds.flatMap((lane) => lanes?.[lane].themes ?? []);
  const cards = laneIds.flatMap((lane) => lanes?.[lane].looseCards ?? []);
  for (const theme of themes) cards.push(...(index.cardsByTheme.get(theme.id) ?? []));
  if ((themes.length > 0 || cards.length > 0) && !options.moveContentToInbox) {
    throw new BoardOperationError('not-empty', 'the heading still has themes or cards; move them first or send them to the inbox');
  }
  board.transact(() => {
    for (const card of cards) board.put('cards', { ...card, placement: null });
    for (const theme of themes) board.remove('themes', theme.id);
    board.remove('headings', headingId);
  });
}
