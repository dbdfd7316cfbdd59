import type { HeadingView } from '../board/boardView';

/** What orders themes within a lane of the report. */
export interface ThemeRank {
  votes: number | null;
  distinctSources: number;
  /** Position on the board. */
  boardIndex: number;
}

/**
 * The team's priority first (revealed votes), then the strength of the evidence (distinct
 * sources), then the order the team gave the board, so equal themes keep the order people know.
 */
export function compareThemeRanks(a: ThemeRank, b: ThemeRank): number {
  return (b.votes ?? 0) - (a.votes ?? 0) || b.distinctSources - a.distinctSources || a.boardIndex - b.boardIndex;
}

/** Prescribed headings in board order, then the extra panels (e.g. Area of Excellence), each its own section. */
export function reportHeadingOrder(headings: readonly HeadingView[]): HeadingView[] {
  return [...headings.filter((view) => !view.heading.panel), ...headings.filter((view) => view.heading.panel)];
}
