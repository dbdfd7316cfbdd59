import { laneIds, type LaneId } from '../templates/schema';
import type { BoardView, LaneView } from './boardView';

/** A theme as the overview shows it: its title, its size and how well it is triangulated. */
export interface OverviewTheme {
  id: string;
  title: string;
  cards: number;
  /** Distinct activities its cards come from, at most 3: the meter's level. */
  level: 0 | 1 | 2 | 3;
  singleSource: boolean;
}

/** One heading's lane on the overview. */
export interface OverviewCell {
  headingId: string;
  lane: LaneId;
  /** Every card in the lane, in themes or loose. */
  cards: number;
  looseCards: number;
  themes: OverviewTheme[];
}

export interface OverviewRow {
  headingId: string;
  title: string;
  cards: number;
  cells: Record<LaneId, OverviewCell>;
}

/** The whole board at a glance: every heading × lane with its counts and themes, and the inbox. */
export interface BoardOverview {
  rows: OverviewRow[];
  inbox: number;
  /** Every card on the board (reviewer learning excluded). */
  cards: number;
}

function cellOf(headingId: string, lane: LaneId, content: LaneView): OverviewCell {
  const themes = content.themes.map(({ theme, cards, triangulation }) => ({
    id: theme.id,
    title: theme.title,
    cards: cards.length,
    level: Math.min(triangulation.activities.length, 3) as OverviewTheme['level'],
    singleSource: cards.length > 0 && triangulation.singleSource,
  }));
  const inThemes = themes.reduce((sum, theme) => sum + theme.cards, 0);
  return { headingId, lane, cards: inThemes + content.looseCards.length, looseCards: content.looseCards.length, themes };
}

export function boardOverview(view: BoardView): BoardOverview {
  const rows = view.headings.map(({ heading, lanes }) => {
    const cells = Object.fromEntries(laneIds.map((lane) => [lane, cellOf(heading.id, lane, lanes[lane])])) as Record<LaneId, OverviewCell>;
    return { headingId: heading.id, title: heading.title, cards: laneIds.reduce((sum, lane) => sum + cells[lane].cards, 0), cells };
  });
  return { rows, inbox: view.inbox.length, cards: view.inbox.length + rows.reduce((sum, row) => sum + row.cards, 0) };
}
