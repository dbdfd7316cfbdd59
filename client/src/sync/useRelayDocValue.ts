import { useSyncExternalStore } from 'react';
import type { RelayDocEntry } from '@washup/shared/relayDoc';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * One entry of the relay doc (written only by the relay), e.g. the Council session, migrated and
 * validated. Entries are stored whole, so the value keeps its identity until the relay replaces
 * it. `undefined` until the relay doc has it, or when the stored value does not read (the relay
 * doc reports that).
 */
export function useRelayDocValue<T extends object>(entry: RelayDocEntry<T>): T | undefined {
  const connection = useBoardConnection();
  return useSyncExternalStore(connection.relayDocVersion.subscribe, () => connection.relayDoc.read(entry));
}
