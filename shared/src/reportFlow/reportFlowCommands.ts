import { z } from 'zod';
import { maxCommentLength, reportCommentTargetSchema } from './reportFlowState';

/**
 * The report's flow as commands to the relay (`POST /api/boards/:id/commands`): only the relay
 * writes the flow, from the sender's token, so nobody can agree in someone else's name.
 */
export const reportFlowCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report.share') }),
  z.strictObject({ type: z.literal('report.agree') }),
  z.strictObject({ type: z.literal('report.finalise') }),
  z.strictObject({ type: z.literal('report.nextVersion') }),
  z.strictObject({ type: z.literal('report.comment'), target: reportCommentTargetSchema, text: z.string().trim().min(1).max(maxCommentLength) }),
  z.strictObject({ type: z.literal('report.resolveComment'), commentId: z.string().min(1).max(64) }),
]);
export type ReportFlowCommand = z.infer<typeof reportFlowCommandSchema>;
