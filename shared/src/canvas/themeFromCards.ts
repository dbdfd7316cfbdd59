import { BoardOperationError } from '../board/boardOperationError';
import type { BoardDoc } from '../board/boardDoc';
import { resolvePlacement } from '../board/placement';
import type { Theme } from '../board/records';
import { createThemeFromCards, joinTheme } from '../board/themeOps';

/**
 * Makes one theme of several cards (a selection of card shapes on the canvas): the first card
 * lying loose in a lane anchors it (the theme goes under that card's heading and lane, titled from
 * it), and every other card joins it. Refused, with nothing written, unless there are two cards or
 * more and one of them lies loose in a lane.
 */
export function themeFromCards(board: BoardDoc, cardIds: readonly string[]): Theme {
  const cards = [...new Set(cardIds)].flatMap((id) => {
    const card = board.get('cards', id);
    return card && !card.privateLearning ? [card] : [];
  });
  if (cards.length < 2) throw new BoardOperationError('invalid', 'a theme needs two cards or more; select them first');
  const anchor = cards.find((card) => resolvePlacement(card, board).kind === 'loose');
  if (!anchor) throw new BoardOperationError('invalid', 'put one of the cards loose under a heading first: a theme starts from a card in a lane');
  const [first, ...rest] = cards.filter((card) => card.id !== anchor.id);
  if (!first) throw new BoardOperationError('invalid', 'a theme needs two cards or more; select them first');
  return board.transact(() => {
    const theme = createThemeFromCards(board, first.id, anchor.id);
    for (const card of rest) joinTheme(board, card.id, theme.id);
    return theme;
  });
}
