import { useSyncExternalStore } from 'react';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * One entry of the relay doc (written only by the relay), e.g. the phase or the Council state.
 * Entries are stored whole, so the value keeps its identity until the relay replaces it.
 * `undefined` until the relay doc has it.
 */
export function useRelayDocValue<T>(key: string): T | undefined {
  const connection = useBoardConnection();
  return useSyncExternalStore(connection.relayDocVersion.subscribe, () => connection.relayDoc.get<T>(key));
}
