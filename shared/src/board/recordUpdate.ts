import type { BoardDoc, RecordTypes } from './boardDoc';
import { found, validated } from './recordChecks';
import type { SiblingPosition } from './ordering';
import { putOrdered } from './reposition';
import { recordKinds, recordLabels } from './storedRecords';

type EditableCollection = 'headings' | 'keyQuestions' | 'themes';

/** Moves a heading or key question to `position` among all the others (themes move within a lane: moveTheme). */
export function reorderRecord<Name extends 'headings' | 'keyQuestions'>(
  board: BoardDoc,
  name: Name,
  id: string,
  position: SiblingPosition,
): RecordTypes[Name] {
  const record = found(board.get(name, id), `the ${recordLabels[name].one}`);
  return board.transact(() => putOrdered(board, name, record, board.list(name), position));
}

/** Applies a change to a record, re-validated as a whole (so limits and trimming hold), and writes it. */
export function updateRecord<Name extends EditableCollection>(
  board: BoardDoc,
  name: Name,
  id: string,
  change: Partial<RecordTypes[Name]>,
): RecordTypes[Name] {
  const record = found(board.get(name, id), `the ${recordLabels[name].one}`);
  const next = validated(recordKinds[name].schema, { ...record, ...change }, recordLabels[name].one);
  board.put(name, next);
  return next;
}
