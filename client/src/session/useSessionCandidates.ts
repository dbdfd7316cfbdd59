import type { Participant } from '@washup/shared/api';
import { useMemo } from 'react';
import { useJoinedPeople } from '../people/useJoinedPeople';

export interface SessionCandidates {
  /** Joined, not removed, not observers; the host first, then in the order they joined. */
  people: Participant[];
  /** False until the first list has arrived, so "too few people" is not said too early. */
  loaded: boolean;
  error: string | null;
}

// The area of challenge is usually the host's own, so the host heads the list and is the default.
const hostFirst = (a: Participant, b: Participant) => Number(b.role === 'host') - Number(a.role === 'host') || a.joinedAt - b.joinedAt;

/** Who can present, own the problem, speak or scribe in a Council or PSTB session. */
export function useSessionCandidates(): SessionCandidates {
  const { participants, error } = useJoinedPeople();
  const people = useMemo(() => (participants ?? []).filter((person) => !person.removed && person.role !== 'observer').sort(hostFirst), [participants]);
  return { people, loaded: participants !== null, error };
}
