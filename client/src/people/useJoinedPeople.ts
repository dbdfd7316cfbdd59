import { useEffect, useRef } from 'react';
import { useParticipants, type ParticipantsState } from './useParticipants';
import { usePresence } from '../presence/usePresence';

/**
 * Who has joined the board, fetched again whenever someone arrives: the Lead Reviewer often opens
 * the set-up before the host has joined, and the host must then appear in the list without a reload.
 */
export function useJoinedPeople(): ParticipantsState {
  const state = useParticipants(true);
  const { reload } = state;
  const presentIds = usePresence()
    .map((person) => person.user.participantId)
    .sort()
    .join(' ');
  // The first list comes with the mount; only a change of who is here asks again.
  const seen = useRef(presentIds);
  useEffect(() => {
    if (seen.current === presentIds) return;
    seen.current = presentIds;
    reload();
  }, [presentIds, reload]);
  return state;
}
