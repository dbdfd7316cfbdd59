import type { BoardView } from '../board/boardView';
import type { VoteCandidate } from './buildOptions';

/**
 * Everything on the board that could be voted on, in board order: each theme by its title and each
 * loose card by its observation. Reviewer-learning cards are not in lanes, so never appear.
 */
export function voteCandidates(view: BoardView): VoteCandidate[] {
  const candidates: VoteCandidate[] = [];
  for (const { heading, lanes } of view.headings) {
    for (const [lane, content] of Object.entries(lanes) as Array<[keyof typeof lanes, (typeof lanes)[keyof typeof lanes]]>) {
      for (const { theme } of content.themes) {
        candidates.push({ id: theme.id, kind: 'theme', label: theme.title, headingId: heading.id, lane });
      }
      for (const card of content.looseCards) {
        candidates.push({ id: card.id, kind: 'card', label: card.observation, headingId: heading.id, lane });
      }
    }
  }
  return candidates;
}
