import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readNarrativePresence, readPresenceUser, type NarrativePresence, type PresenceUser } from '@washup/shared/presence';
import { awarenessStore } from '../presence/awarenessStore';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** Someone on another device writing in the narrative, and where. */
export interface NarrativeWriter extends NarrativePresence {
  clientId: number;
  user: PresenceUser;
}

function writersOf(awareness: Awareness): NarrativeWriter[] {
  const writers: NarrativeWriter[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const user = readPresenceUser(state);
    const writing = readNarrativePresence(state);
    if (user && writing) writers.push({ clientId, user, ...writing });
  }
  return writers;
}

/** Everyone on other devices writing in the narrative now, from the board's presence. */
export function useNarrativeWriters(): NarrativeWriter[] {
  const { awareness } = useBoardConnection();
  const store = useMemo(() => awarenessStore(awareness, writersOf), [awareness]);
  return useSyncExternalStore(store.subscribe, store.get);
}
