import { compareOrdered, type BoardDoc, type KeyQuestion } from '@washup/shared/board';
import { sameItems } from '../board/sameItems';

let previous: KeyQuestion[] = [];

/**
 * The board's key questions in their agreed order. The same array comes back while no question
 * changed, so the capture form (read after every change to the board) does not render again.
 */
export function listKeyQuestions(board: BoardDoc): KeyQuestion[] {
  const questions = board.list('keyQuestions').sort(compareOrdered);
  if (sameItems(questions, previous)) return previous;
  previous = questions;
  return questions;
}

/** How a key question is referred to on chips and cards: its place in the agreed order ("Q1"). */
export function questionNumber(index: number): string {
  return `Q${index + 1}`;
}
