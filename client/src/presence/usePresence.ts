import { useMemo, useSyncExternalStore } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { awarenessStore } from './awarenessStore';
import { presencePeople, type PresencePerson } from './presencePeople';

/** Everyone on the open board right now, you first. */
export function usePresence(): PresencePerson[] {
  const { awareness, identity } = useBoardConnection();
  const { participantId, name, role } = identity;
  const store = useMemo(() => awarenessStore(awareness, (states) => presencePeople(states, { participantId, name, role })), [awareness, participantId, name, role]);
  return useSyncExternalStore(store.subscribe, store.get);
}
