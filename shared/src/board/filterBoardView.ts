import type { BoardView, LaneView } from './boardView';
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
