import type { BoardDoc } from '../board/boardDoc';
import { BoardOperationError } from '../board/boardOperationError';
import { newId } from '../board/newId';
import { found, validated } from '../board/recordChecks';
import { redactionSchema, type Redaction } from '../board/records';
import { nameKey } from '../text/matchableText';
import { nameRedactor } from './nameRedactor';

export interface NewRedaction {
  id?: string;
  name: string;
  replacement: string;
}

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** The board's redaction list, alphabetical, as the facilitator manages it. */
export function listRedactions(board: BoardDoc): Redaction[] {
  return board.list('redactions').sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
}

/**
 * Refuses a list that could not be applied cleanly: the same name twice, or a replacement that
 * itself names someone listed (it would put a name back into the report).
 */
function checkList(next: Redaction, others: readonly Redaction[]): void {
  const twin = others.find((other) => sameName(other.name, next.name));
  if (twin) throw new BoardOperationError('invalid', `"${twin.name}" is already on the redaction list`);
  const all = [...others, next];
  const names = nameRedactor(all.map(({ name }) => ({ name, replacement: '' })));
  const naming = all.find((entry) => names.mentions(entry.replacement));
  if (naming) throw new BoardOperationError('invalid', `the replacement "${naming.replacement}" names someone on the redaction list`);
}

export function addRedaction(board: BoardDoc, input: NewRedaction): Redaction {
  const redaction = validated(redactionSchema, { ...input, id: input.id ?? newId() }, 'redaction');
  if (board.get('redactions', redaction.id)) throw new BoardOperationError('invalid', `a redaction with id ${redaction.id} already exists`);
  checkList(redaction, board.list('redactions'));
  board.put('redactions', redaction);
  return redaction;
}

export function editRedaction(board: BoardDoc, id: string, change: Partial<Omit<Redaction, 'id'>>): Redaction {
  const current = found(board.get('redactions', id), 'the redaction');
  const next = validated(redactionSchema, { ...current, ...change, id }, 'redaction');
  checkList(next, board.list('redactions').filter((other) => other.id !== id));
  board.put('redactions', next);
  return next;
}

/** Removing one already gone is no error, so two facilitators can remove it at once. */
export function removeRedaction(board: BoardDoc, id: string): void {
  if (board.get('redactions', id)) board.remove('redactions', id);
}
