import { z } from 'zod';
import { councilRequestSchema } from '../council/councilRequests';
import { hostPartnerCommandSchema } from '../hostPartner/hostPartnerCommands';
import { pstbRequestSchema } from '../pstb/pstbRequests';
import { presentCommandSchema } from '../room/presentation';
import { timeboxCommandSchema } from '../room/timebox';
import { reportFlowCommandSchema } from '../reportFlow/reportFlowCommands';
import { voteCommandSchema } from '../voting/votesState';

/**
 * What the route itself checks of `POST /api/boards/:id/commands`: a type naming the family. The
 * family's own schema then checks the whole command, so a wrong one is refused as `invalid_command`.
 */
export const commandEnvelopeSchema = z.looseObject({ type: z.string().min(1).max(80) });

/** Every command a client may send: votes, Council, PSTB, presenting, timeboxes, the report's flow and the host's acts, each as its family's schema says. */
export const commandBodySchema = z.union([voteCommandSchema, councilRequestSchema, pstbRequestSchema, presentCommandSchema, timeboxCommandSchema, reportFlowCommandSchema, hostPartnerCommandSchema]);
export type CommandBody = z.input<typeof commandBodySchema>;

/** What an accepted command changed: the session and its phase, or the vote round. */
export const commandResultSchema = z.union([
  z.object({ sessionId: z.string(), phase: z.string(), appreciationId: z.string().optional() }),
  z.object({ roundId: z.string() }),
  z.null(),
]);
export type CommandResult = z.infer<typeof commandResultSchema>;

export const commandReplySchema = z.object({ ok: z.literal(true), result: commandResultSchema });
export type CommandReply = z.infer<typeof commandReplySchema>;
