import { z } from 'zod';
import { roleLabels, roleSchema, type Role } from '../auth/roles';
import { colourFor } from './presenceColours';

export const presenceLocations = ['room', 'remote'] as const;
export const presenceLocationSchema = z.enum(presenceLocations);
export type PresenceLocation = z.infer<typeof presenceLocationSchema>;

/**
 * What a device may say about itself in its presence state, under `user`: only where it is. Any
 * other field of `user` (an older client sends its name and role too) is ignored; who it is comes
 * from the relay.
 */
export const presenceClaimSchema = z.object({
  user: z.object({ location: presenceLocationSchema }),
});

/** The `user` of a presence state as the relay publishes it: who sent it is the relay's word. */
export const presenceUserSchema = z.object({
  participantId: z.string().min(1).max(80),
  name: z.string().min(1).max(80),
  role: roleSchema,
  colour: z.string().regex(/^#[0-9a-f]{6}$/),
  location: presenceLocationSchema,
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** Who is on the other end of a socket, as the token they connected with says. */
export interface PresenceSender {
  role: Role;
  /** Null for someone connected with an invite link who has not joined by name. */
  participantId: string | null;
  name: string | null;
}

/**
 * The presence `user` the relay publishes for a sender. Someone connected with an invite link but
 * not joined by name shows as their role ("Observer"), all such sockets of one role as one person.
 */
export function boundPresenceUser(sender: PresenceSender, location: PresenceLocation): PresenceUser {
  const participantId = sender.participantId ?? `invite-${sender.role}`;
  return {
    participantId,
    name: sender.name ?? roleLabels[sender.role],
    role: sender.role,
    colour: colourFor(participantId),
    location,
  };
}

/** Reads the `user` of a presence state the relay sent; null if it is missing or malformed. */
export function readPresenceUser(state: unknown): PresenceUser | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const parsed = presenceUserSchema.safeParse(state.user);
  return parsed.success ? parsed.data : null;
}
