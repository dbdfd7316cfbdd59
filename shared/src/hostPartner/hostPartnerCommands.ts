import { z } from 'zod';
import { hostAgreementSchema, keyQuestionSchema, recordIdSchema } from '../board/records';
import { maxHostCommentLength } from './hostPartnerState';

/**
 * The host as a partner, as commands to the relay (`POST /api/boards/:id/commands`): only the relay
 * records them, with the name and role from the sender's token, so nobody agrees in the host's name.
 */
export const hostPartnerCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('host.agreeTheme'), themeId: recordIdSchema, state: hostAgreementSchema }),
  z.strictObject({ type: z.literal('host.commentTheme'), themeId: recordIdSchema, text: z.string().trim().min(1).max(maxHostCommentLength) }),
  z.strictObject({ type: z.literal('host.resolveComment'), commentId: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('host.proposeKeyQuestion'), text: keyQuestionSchema.shape.text }),
  z.strictObject({ type: z.literal('host.decideProposal'), proposalId: recordIdSchema, accept: z.boolean() }),
  z.strictObject({ type: z.literal('host.agreeKeyQuestion'), keyQuestionId: recordIdSchema }),
]);
export type HostPartnerCommand = z.infer<typeof hostPartnerCommandSchema>;
