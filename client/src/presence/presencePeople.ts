import { roles } from '@washup/shared/auth';
import {
  boundPresenceUser,
  presenceClaimSchema,
  readNarrativePresence,
  readPresenceUser,
  type NarrativePresence,
  type PresenceSender,
  type PresenceUser,
} from '@washup/shared/presence';
import type { Awareness } from 'y-protocols/awareness';

/** One person on the board, however many devices or tabs they have open. */
export interface PresencePerson {
  user: PresenceUser;
  isSelf: boolean;
  devices: number;
  /** The part of the report's narrative they are writing in on one of their devices, if any. */
  writing: NarrativePresence | null;
}

/**
 * Everyone in the awareness states, one entry per participant: you first, then by role and name.
 * Others' states carry the relay's word on who they are; this device's own state says only where
 * it is, so its entry is completed here the way the relay completes it for everyone else.
 */
export function presencePeople(awareness: Awareness, self: PresenceSender): PresencePerson[] {
  const byParticipant = new Map<string, PresencePerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = clientId === awareness.clientID ? ownUser(state, self) : readPresenceUser(state);
    if (!user) continue;
    const writing = readNarrativePresence(state);
    const existing = byParticipant.get(user.participantId);
    if (existing) {
      existing.devices += 1;
      existing.writing ??= writing;
      // This device's own state is the freshest word on this person.
      if (clientId === awareness.clientID) existing.user = user;
    } else {
      byParticipant.set(user.participantId, { user, isSelf: user.participantId === self.participantId, devices: 1, writing });
    }
  }
  return Array.from(byParticipant.values()).sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      roles.indexOf(a.user.role) - roles.indexOf(b.user.role) ||
      a.user.name.localeCompare(b.user.name, undefined, { sensitivity: 'base' }),
  );
}

function ownUser(state: unknown, self: PresenceSender): PresenceUser | null {
  const claim = presenceClaimSchema.safeParse(state);
  return claim.success ? boundPresenceUser(self, claim.data.user.location) : null;
}
