import type { Card } from '@washup/shared/board';

/** The newest cards one person captured, newest first: what they just added on a walk. */
export function recentCardsBy(cards: readonly Card[], authorId: string, count: number): Card[] {
  return cards
    .filter((card) => card.authorId === authorId)
    .sort((a, b) => b.capturedAt - a.capturedAt)
    .slice(0, count);
}
