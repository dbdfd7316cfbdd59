import { compareOrdered, type BoardDoc, type Heading } from '@washup/shared/board';
import { useBoardValue } from './useBoardValue';

const selectHeadings = (board: BoardDoc): Heading[] => board.list('headings').sort(compareOrdered);

/** The board's headings in their agreed order. */
export function useHeadings(): Heading[] {
  return useBoardValue(selectHeadings);
}
