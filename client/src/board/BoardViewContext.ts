import { createContext, useContext } from 'react';
import type { BoardView } from '@washup/shared';

/** The derived board, computed once per change at the top and shared by every card and theme. */
export const BoardViewContext = createContext<BoardView | null>(null);

export function useCurrentBoardView(): BoardView {
  const view = useContext(BoardViewContext);
  if (!view) throw new Error('useCurrentBoardView outside BoardViewContext');
  return view;
}
