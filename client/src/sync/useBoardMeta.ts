import type { BoardDoc, BoardMeta } from '@washup/shared/board';
import { useBoardValue } from './useBoardValue';

const selectMeta = (board: BoardDoc): BoardMeta | null => board.meta;

/** Title, template and lane names; null until the doc arrives (from this device or the relay). */
export function useBoardMeta(): BoardMeta | null {
  return useBoardValue(selectMeta);
}
