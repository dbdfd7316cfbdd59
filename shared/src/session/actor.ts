import { z } from 'zod';
import { roleSchema } from '../auth/roles';

/**
 * Who sends a command: the participant id and role from their verified token. The presenter (or
 * PSTB presenter) is not a role of its own: it is whoever the session names, matched by id, so a
 * reviewer can present in a training run.
 */
export const sessionActorSchema = z.object({
  participantId: z.string().min(1).max(64),
  role: roleSchema,
});
export type SessionActor = z.infer<typeof sessionActorSchema>;
