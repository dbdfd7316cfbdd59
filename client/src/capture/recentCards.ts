import type { BoardDoc, Card } from '@washup/shared/board';

/** The newest cards one person captured, newest first: what they just added on a walk. */
export function recentCardsBy(board: BoardDoc, authorId: string, count: number): Card[] {
  return board
    .list('cards')
    .filter((card) => card.authorId === authorId)
    .sort((a, b) => b.capturedAt - a.capturedAt)
    .slice(0, count);
}
