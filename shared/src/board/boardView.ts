import type { LaneId } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { emptyLanes, indexBoard, type LaneContents } from './boardIndex';
import { compareOrdered } from './ordering';
import type { BoardMeta, Card, Heading, KeyQuestion, Theme } from './records';
import { triangulate, type Triangulation } from './triangulation';

export interface ThemeView {
  theme: Theme;
  cards: Card[];
  triangulation: Triangulation;
}

export interface LaneView {
  themes: ThemeView[];
  looseCards: Card[];
}

export interface HeadingView {
  heading: Heading;
  lanes: Record<LaneId, LaneView>;
}

/**
 * Everything the board shows, sorted, derived from the records and never stored. Every card is in
 * exactly one of: a heading's lane (loose or in a theme), the inbox, the private learning lane.
 */
export interface BoardView {
  meta: BoardMeta | null;
  headings: HeadingView[];
  keyQuestions: KeyQuestion[];
  /** Newest first. */
  inbox: Card[];
  /** Reviewer learning, newest first: never in the host's report. */
  privateLearning: Card[];
  /** Themes whose heading a peer removed while they were moved or made there; their cards are in the inbox. */
  orphanedThemes: Theme[];
}

export function boardView(board: BoardDoc): BoardView {
  const index = indexBoard(board);
  const laneView = (contents: LaneContents): LaneView => ({
    themes: contents.themes.map((theme) => {
      const cards = index.cardsByTheme.get(theme.id) ?? [];
      return { theme, cards, triangulation: triangulate(cards) };
    }),
    looseCards: contents.looseCards,
  });
  return {
    meta: board.meta,
    headings: index.headings.map((heading) => {
      const lanes = index.lanesByHeading.get(heading.id) ?? emptyLanes();
      return { heading, lanes: { strengths: laneView(lanes.strengths), nextSteps: laneView(lanes.nextSteps) } };
    }),
    keyQuestions: board.list('keyQuestions').sort(compareOrdered),
    inbox: index.inbox,
    privateLearning: index.privateLearning,
    orphanedThemes: index.orphanedThemes,
  };
}
