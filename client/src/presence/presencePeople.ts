import { roles } from '@washup/shared';
import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUser, type PresenceUser } from './presenceUser';

/** One person on the board, however many devices or tabs they have open. */
export interface PresencePerson {
  user: PresenceUser;
  isSelf: boolean;
  devices: number;
}

/** Everyone in the awareness states, one entry per participant: you first, then by role and name. */
export function presencePeople(awareness: Awareness, selfParticipantId: string): PresencePerson[] {
  const byParticipant = new Map<string, PresencePerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = readPresenceUser(state);
    if (!user) continue;
    const existing = byParticipant.get(user.participantId);
    if (existing) {
      existing.devices += 1;
      // This device's own state is the freshest word on this person.
      if (clientId === awareness.clientID) existing.user = user;
    } else {
      byParticipant.set(user.participantId, { user, isSelf: user.participantId === selfParticipantId, devices: 1 });
    }
  }
  return Array.from(byParticipant.values()).sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      roles.indexOf(a.user.role) - roles.indexOf(b.user.role) ||
      a.user.name.localeCompare(b.user.name, undefined, { sensitivity: 'base' }),
  );
}
