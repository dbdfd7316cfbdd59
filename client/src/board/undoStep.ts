import type { UndoHistory, UndoStep } from '../sync/UndoHistory';
import { announce } from './announcements';

export type UndoDirection = 'undo' | 'redo';

const withoutFinalStop = (label: string) => label.replace(/\.$/, '');

/** The sentence the live region reads after an undo or redo (null: there was none to make). */
export function undoStepSentence(direction: UndoDirection, step: UndoStep | null): string {
  const verb = direction === 'undo' ? 'Undone' : 'Redone';
  if (!step) return direction === 'undo' ? 'Nothing of yours to undo.' : 'Nothing to redo.';
  const label = withoutFinalStop(step.label);
  if (!step.changedBoard) return `${verb}, but nothing changed: someone else has changed it since (${label}).`;
  return `${verb}: ${label}.`;
}

/** Undoes or redoes this person's last change on this device, and says so in the board's live region. */
export function stepAndAnnounce(undoHistory: UndoHistory, direction: UndoDirection): void {
  const step = direction === 'undo' ? undoHistory.undo() : undoHistory.redo();
  announce(undoStepSentence(direction, step));
}
