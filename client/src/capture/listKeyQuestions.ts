import { compareOrdered, type BoardDoc, type KeyQuestion } from '@washup/shared';

/** The board's key questions in their agreed order. */
export function listKeyQuestions(board: BoardDoc): KeyQuestion[] {
  return board.list('keyQuestions').sort(compareOrdered);
}
