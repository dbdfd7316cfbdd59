import { useMemo, useSyncExternalStore } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * A value read from the board doc, recomputed after each change to the doc (local or remote).
 * Pass a stable `select` (module-level or `useCallback`) so it runs only when the doc changed.
 *
 *   const cards = useBoardValue(listCards);        // const listCards = (b: BoardDoc) => b.list('cards');
 */
export function useBoardValue<T>(select: (board: BoardDoc) => T): T {
  const connection = useBoardConnection();
  const version = useSyncExternalStore(connection.boardVersion.subscribe, connection.boardVersion.get);
  // `version` is the dependency that matters: the doc object stays the same while its content changes.
  return useMemo(() => select(connection.board), [connection, select, version]);
}
