import { z } from 'zod';
import { startRequestSchema, tickRequestSchema } from '../session/sessionRequests';
import { pstbCommandSchema } from './pstbCommands';
import type { PstbConfigInput } from './pstbConfig';

/** What `POST /api/boards/:id/commands` accepts for PSTB. */
export const pstbRequestSchema = z.discriminatedUnion('type', [startRequestSchema('pstb'), tickRequestSchema('pstb'), ...pstbCommandSchema.options]);
export type PstbRequest = z.input<typeof pstbRequestSchema>;

/** The settings the facilitator sends; the relay adds the session id. */
export type PstbSetup = Omit<PstbConfigInput, 'sessionId'>;
