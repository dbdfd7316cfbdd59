import { roles, type Role } from '@washup/shared';
import { isRecord } from '../app/localStore';

export type PresenceLocation = 'room' | 'remote';

/** What each device publishes about its person in awareness, under the `user` field. */
export interface PresenceUser {
  participantId: string;
  name: string;
  role: Role;
  location: PresenceLocation;
  colour: string;
}

export const locationLabels: Record<PresenceLocation, string> = {
  room: 'In the room',
  remote: 'Remote',
};

/** Reads the `user` of an awareness state sent by any client; null if it is missing or malformed. */
export function readPresenceUser(state: unknown): PresenceUser | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const { participantId, name, role, location, colour } = state.user;
  if (typeof participantId !== 'string' || typeof name !== 'string' || typeof colour !== 'string') return null;
  if (typeof role !== 'string' || !(roles as readonly string[]).includes(role)) return null;
  if (location !== 'room' && location !== 'remote') return null;
  return { participantId, name: name.slice(0, 80), role: role as Role, location, colour };
}
