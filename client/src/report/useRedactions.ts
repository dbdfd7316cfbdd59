import type { BoardDoc, Redaction } from '@washup/shared/board';
import { listRedactions } from '@washup/shared/report';
import { useBoardValue } from '../sync/useBoardValue';

const selectRedactions = (board: BoardDoc): Redaction[] => listRedactions(board);

/** The board's redaction list, alphabetical. */
export function useRedactions(): Redaction[] {
  return useBoardValue(selectRedactions);
}
