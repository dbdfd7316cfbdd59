import { listRedactions, type BoardDoc, type Redaction } from '@washup/shared';
import { useBoardValue } from '../sync/useBoardValue';

const selectRedactions = (board: BoardDoc): Redaction[] => listRedactions(board);

/** The board's redaction list, alphabetical. */
export function useRedactions(): Redaction[] {
  return useBoardValue(selectRedactions);
}
