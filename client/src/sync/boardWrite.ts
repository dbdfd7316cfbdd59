import { BoardOperationError } from '@washup/shared/board';
import { asSentence } from '../api/ApiRequestError';

/** Said when a write failed for a reason the board operations do not name: a fault, not a rule. */
export const unexpectedWriteFailure = 'The change was not saved: something went wrong on this device. Reload the page and try again.';

/**
 * Why a board operation was not applied, as one sentence to show. A board rule's refusal is shown
 * in its own words, or in the form's `refusal` when it has one (a schema's words name fields and
 * limits; the form's say what to type). Anything else is a fault, logged for whoever debugs it.
 */
export function boardWriteRefusal(failure: unknown, refusal?: string): string {
  if (failure instanceof BoardOperationError) return refusal ?? asSentence(failure.message);
  console.error('a board write failed', failure);
  return unexpectedWriteFailure;
}

/**
 * The one place this device applies an operation to the board doc: every view's write comes here,
 * so a refused write is caught and put into words the same way everywhere. The shared operations
 * check before writing, so a refused write leaves the board as it was. Null when it was applied.
 */
export function applyBoardWrite(operation: () => void, refusal?: string): string | null {
  try {
    operation();
    return null;
  } catch (failure) {
    return boardWriteRefusal(failure, refusal);
  }
}
