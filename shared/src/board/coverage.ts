import type { BoardDoc } from './boardDoc';
import { indexBoard } from './boardIndex';
import { compareOrdered } from './ordering';
import { activities, type Activity, type Heading, type KeyQuestion } from './records';

/** One key question's evidence: how many cards answer it, under which headings, from which activities. */
export interface KeyQuestionCoverage {
  /** null: cards that answer no (existing) key question. */
  keyQuestion: KeyQuestion | null;
  cards: number;
  /** By heading id; every heading has an entry, zero included. */
  byHeading: Record<string, number>;
  /** Cards not yet placed under a heading. */
  inbox: number;
  byActivity: Record<Activity, number>;
}

/**
 * Key questions × headings and × activities, to spot questions with thin evidence. A card counts
 * once under each question it answers; reviewer-learning cards are not evidence and don't count.
 */
export interface CoverageMap {
  headings: Heading[];
  activities: readonly Activity[];
  rows: KeyQuestionCoverage[];
}

export function coverageMap(board: BoardDoc): CoverageMap {
  const index = indexBoard(board);
  const questions = board.list('keyQuestions').sort(compareOrdered);
  const rowFor = (keyQuestion: KeyQuestion | null): KeyQuestionCoverage => ({
    keyQuestion,
    cards: 0,
    byHeading: Object.fromEntries(index.headings.map((heading) => [heading.id, 0])),
    inbox: 0,
    byActivity: Object.fromEntries(activities.map((activity) => [activity, 0])) as Record<Activity, number>,
  });
  const rows = new Map(questions.map((question) => [question.id, rowFor(question)]));
  const unanswered = rowFor(null);

  for (const card of board.list('cards')) {
    const placement = index.placements.get(card.id);
    if (!placement || placement.kind === 'private') continue;
    const answered = [...new Set(card.keyQuestionIds)].flatMap((id) => rows.get(id) ?? []);
    for (const row of answered.length > 0 ? answered : [unanswered]) {
      row.cards += 1;
      row.byActivity[card.activity] += 1;
      if (placement.kind === 'inbox') row.inbox += 1;
      else row.byHeading[placement.headingId] = (row.byHeading[placement.headingId] ?? 0) + 1;
    }
  }
  return { headings: index.headings, activities, rows: [...rows.values(), unanswered] };
}
