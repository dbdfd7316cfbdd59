import { useSyncExternalStore } from 'react';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * One entry of the session doc (written only by the relay), e.g. the phase or the Council state.
 * Entries are stored whole, so the value keeps its identity until the relay replaces it.
 * `undefined` until the session doc has it.
 */
export function useSessionValue<T>(key: string): T | undefined {
  const connection = useBoardConnection();
  return useSyncExternalStore(connection.sessionVersion.subscribe, () => connection.session.get<T>(key));
}
