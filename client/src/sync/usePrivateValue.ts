import { useMemo, useSyncExternalStore } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * A value read from this participant's private doc (their reviewer learning), recomputed after
 * each change to it; null for roles that have no private doc (hosts and observers). Pass a stable
 * `select`, as for `useBoardValue`.
 */
export function usePrivateValue<T>(select: (privateDoc: BoardDoc) => T): T | null {
  const connection = useBoardConnection();
  const version = useSyncExternalStore(connection.privateDocVersion.subscribe, connection.privateDocVersion.get);
  const { privateDoc } = connection;
  // `version` is the dependency that matters: the doc object stays the same while its content changes.
  return useMemo(() => (privateDoc ? select(privateDoc) : null), [privateDoc, select, version]);
}
