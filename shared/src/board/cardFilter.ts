import type { Activity, Card, Stakeholder, Valence } from './records';

/** Every field given must match; an empty filter matches every card. */
export interface CardFilter {
  keyQuestionId?: string;
  activity?: Activity;
  stakeholder?: Stakeholder;
  authorId?: string;
  valence?: Valence;
  /** Case-insensitive, over the observation, interpretation and site. */
  text?: string;
}

export function cardMatcher(filter: CardFilter): (card: Card) => boolean {
  const needle = filter.text?.trim().toLocaleLowerCase() ?? '';
  return (card) =>
    (filter.keyQuestionId === undefined || card.keyQuestionIds.includes(filter.keyQuestionId)) &&
    (filter.activity === undefined || card.activity === filter.activity) &&
    (filter.stakeholder === undefined || card.stakeholder === filter.stakeholder) &&
    (filter.authorId === undefined || card.authorId === filter.authorId) &&
    (filter.valence === undefined || card.valence === filter.valence) &&
    (needle === '' ||
      [card.observation, card.interpretation, card.site].some((field) => field?.toLocaleLowerCase().includes(needle)));
}
