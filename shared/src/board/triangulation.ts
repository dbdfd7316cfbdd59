import type { Activity, Card, Stakeholder } from './records';

/**
 * How many independent sources a theme rests on, derived from its cards and never stored: a finding
 * is trusted when different activities, stakeholder groups, reviewers and sites point the same way.
 */
export interface Triangulation {
  cardCount: number;
  activities: Activity[];
  stakeholders: Stakeholder[];
  /** Author ids. */
  reviewers: string[];
  /** As first written; "Year 5" and "year 5 " are one site. */
  sites: string[];
  /** One card, or one activity seen by one reviewer: worth a second look before it is reported. */
  singleSource: boolean;
  /** Some card was recorded as evidence against the theme. */
  counterEvidence: boolean;
}

function distinct<T>(values: Iterable<T | undefined>, keyOf: (value: T) => string = String): T[] {
  const seen = new Map<string, T>();
  for (const value of values) {
    if (value === undefined) continue;
    const key = keyOf(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** Lists come out in the order of `cards`, so pass them sorted for a stable display. */
export function triangulate(cards: readonly Card[]): Triangulation {
  const activities = distinct(cards.map((card) => card.activity));
  const reviewers = distinct(cards.map((card) => card.authorId));
  return {
    cardCount: cards.length,
    activities,
    stakeholders: distinct(cards.map((card) => card.stakeholder)),
    reviewers,
    sites: distinct(
      cards.map((card) => card.site?.trim() || undefined),
      (site) => site.toLowerCase(),
    ),
    singleSource: cards.length <= 1 || (activities.length <= 1 && reviewers.length <= 1),
    counterEvidence: cards.some((card) => card.counterEvidence),
  };
}
