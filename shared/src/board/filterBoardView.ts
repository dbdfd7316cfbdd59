import type { BoardView, HeadingView, LaneView } from './boardView';
import { cardMatcher, type CardFilter } from './cardFilter';

/**
 * The board with only the cards a filter keeps; a theme stays while any of its cards match. With
 * no filter set the view is returned as it is, so memoised lanes keep their identity.
 */
export function filterBoardView(view: BoardView, filter: CardFilter): BoardView {
  const active = Object.values(filter).some((value) => value !== undefined && value !== '');
  if (!active) return view;
  const keep = cardMatcher(filter);
  const lane = (content: LaneView): LaneView => ({
    themes: content.themes
      .map((item) => ({ ...item, cards: item.cards.filter(keep) }))
      .filter((item) => item.cards.length > 0),
    looseCards: content.looseCards.filter(keep),
  });
  return {
    ...view,
    headings: view.headings.map((entry) => ({ ...entry, lanes: { strengths: lane(entry.lanes.strengths), nextSteps: lane(entry.lanes.nextSteps) } })),
    inbox: view.inbox.filter(keep),
    privateLearning: view.privateLearning.filter(keep),
  };
}

/** Whether a heading shows any card in either lane. */
export function headingHasCards(entry: HeadingView): boolean {
  const { strengths, nextSteps } = entry.lanes;
  return [strengths, nextSteps].some((lane) => lane.looseCards.length > 0 || lane.themes.some((item) => item.cards.length > 0));
}

/**
 * A filtered board as search results: only the headings holding a match, so the matches come first
 * rather than below headings that have none; `hidden` counts the headings left out.
 */
export function searchResults(view: BoardView): { headings: HeadingView[]; hidden: number } {
  const headings = view.headings.filter(headingHasCards);
  return { headings, hidden: view.headings.length - headings.length };
}
