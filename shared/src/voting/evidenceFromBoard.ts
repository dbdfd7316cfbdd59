import type { BoardView } from '../board/boardView';
import { triangulate } from '../board/triangulation';
import { optionEvidence, type OptionEvidence } from './votesVersusEvidence';

/** How well each theme and loose card on the board is evidenced, keyed by its id, for `votesVersusEvidence`. */
export function evidenceByOption(view: BoardView): Map<string, OptionEvidence> {
  const evidence = new Map<string, OptionEvidence>();
  for (const { lanes } of view.headings) {
    for (const content of Object.values(lanes)) {
      for (const { theme, triangulation } of content.themes) evidence.set(theme.id, optionEvidence(triangulation));
      for (const card of content.looseCards) evidence.set(card.id, optionEvidence(triangulate([card])));
    }
  }
  return evidence;
}
