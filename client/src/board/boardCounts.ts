import type { BoardView, Card } from '@washup/shared/board';

/** Every card a view shows (inbox, lanes, themes; reviewer learning only when asked), for counts and the reviewer list. */
export function viewCards(view: BoardView, withPrivate: boolean): Card[] {
  const cards: Card[] = [...view.inbox];
  for (const { lanes } of view.headings) {
    for (const lane of [lanes.strengths, lanes.nextSteps]) {
      for (const item of lane.themes) cards.push(...item.cards);
      cards.push(...lane.looseCards);
    }
  }
  if (withPrivate) cards.push(...view.privateLearning);
  return cards;
}

/** The people who captured the cards, by name, for the reviewer filter. */
export function reviewersOf(cards: readonly Card[]): Array<{ id: string; name: string }> {
  const names = new Map<string, string>();
  for (const card of cards) if (!names.has(card.authorId)) names.set(card.authorId, card.authorName);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
