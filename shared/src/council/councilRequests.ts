import { z } from 'zod';
import { startRequestSchema, tickRequestSchema } from '../session/sessionRequests';
import { councilDirectCommandSchemas } from './councilCommands';
import type { CouncilConfigInput } from './councilConfig';

/** What `POST /api/boards/:id/commands` accepts for the Council. */
export const councilRequestSchema = z.discriminatedUnion('type', [
  startRequestSchema('council'),
  tickRequestSchema('council'),
  z.object({ type: z.literal('council.appreciate'), text: z.string().trim().min(1).max(1000) }),
  ...councilDirectCommandSchemas,
]);
export type CouncilRequest = z.input<typeof councilRequestSchema>;

/** The settings the facilitator sends; the relay adds the session id. */
export type CouncilSetup = Omit<CouncilConfigInput, 'sessionId'>;
