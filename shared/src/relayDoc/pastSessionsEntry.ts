import { z } from 'zod';
import { councilPhaseSchema, councilStateSchema } from '../council/councilState';
import { pstbPhaseSchema, pstbStateSchema } from '../pstb/pstbState';
import { relayDocEntry } from './relayDocEntry';

/**
 * Most sessions a board keeps: far beyond a wash-up's one or two, and small enough that the relay
 * doc every device syncs stays light. Past it the relay refuses a new session rather than drop one.
 */
export const maxPastSessions = 50;

/**
 * One session that was the board's current one until another was started. `closed`: it ran to its
 * end. `replaced`: the Lead Reviewer started another while it ran; the relay closed it at that
 * moment, and `replacedDuring` says where it stood (null for one that closed). The states are validated by the Council and
 * PSTB schemas, so a change to either needs a migration of this entry as well.
 */
const endingSchema = z.enum(['closed', 'replaced']);

export const pastSessionSchema = z.union([
  z.object({ session: councilStateSchema, ending: endingSchema, replacedDuring: councilPhaseSchema.nullable() }),
  z.object({ session: pstbStateSchema, ending: endingSchema, replacedDuring: pstbPhaseSchema.nullable() }),
]);

/** Earlier sessions, oldest first. */
export const pastSessionsSchema = z.object({ sessions: z.array(pastSessionSchema).max(maxPastSessions) });

export type PastSession = z.infer<typeof pastSessionSchema>;
export type PastSessions = z.infer<typeof pastSessionsSchema>;

/** The board's earlier Council and PSTB sessions: a new session never overwrites one. */
export const pastSessionsEntry = relayDocEntry({ key: 'pastSessions', label: 'earlier sessions', schema: pastSessionsSchema });
