import type { z } from 'zod';
import type { BoardDoc, RecordTypes } from './boardDoc';
import { found, validated } from './recordChecks';
import type { SiblingPosition } from './ordering';
import { headingSchema, keyQuestionSchema, themeSchema } from './records';
import { putOrdered } from './reposition';

type EditableCollection = 'headings' | 'keyQuestions' | 'themes';

const schemas: { [Name in EditableCollection]: z.ZodType<RecordTypes[Name]> } = {
  headings: headingSchema,
  keyQuestions: keyQuestionSchema,
  themes: themeSchema,
};
const labels: Record<EditableCollection, string> = { headings: 'heading', keyQuestions: 'key question', themes: 'theme' };

/** Moves a heading or key question to `position` among all the others (themes move within a lane: moveTheme). */
export function reorderRecord<Name extends 'headings' | 'keyQuestions'>(
  board: BoardDoc,
  name: Name,
  id: string,
  position: SiblingPosition,
): RecordTypes[Name] {
  const record = found(board.get(name, id), `the ${labels[name]}`);
  return board.transact(() => putOrdered(board, name, record, board.list(name), position));
}

/** Applies a change to a record, re-validated as a whole (so limits and trimming hold), and writes it. */
export function updateRecord<Name extends EditableCollection>(
  board: BoardDoc,
  name: Name,
  id: string,
  change: Partial<RecordTypes[Name]>,
): RecordTypes[Name] {
  const record = found(board.get(name, id), `the ${labels[name]}`);
  const next = validated(schemas[name], { ...record, ...change }, labels[name]);
  board.put(name, next);
  return next;
}
