import { createContext, useContext, useSyncExternalStore } from 'react';
import type { BoardView } from '@washup/shared/board';
import type { ValueStore } from '../sync/ValueStore';

/**
 * The derived board, computed once per change at the top. Shared as a store rather than as a
 * context value: a new context value makes React search all 2,000 cards for readers on every
 * change, while only an open "Move to…" menu needs it.
 */
export const BoardViewContext = createContext<ValueStore<BoardView> | null>(null);

/** The current board view; re-renders the caller when it changes. */
export function useCurrentBoardView(): BoardView {
  const store = useContext(BoardViewContext);
  if (!store) throw new Error('useCurrentBoardView outside BoardViewContext');
  return useSyncExternalStore(store.subscribe, store.get);
}
