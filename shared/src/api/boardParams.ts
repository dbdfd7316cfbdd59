import { z } from 'zod';
import { recordIdSchema } from '../board/records';

/** Every route under `/api/boards/:id`. */
export const boardParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** A final version of the board's report, by its number. */
export const versionParamsSchema = boardParamsSchema.extend({ version: z.coerce.number().int().min(1).max(999) });

export const participantParamsSchema = boardParamsSchema.extend({ participantId: z.string().min(1).max(64) });

export const roundParamsSchema = boardParamsSchema.extend({ roundId: recordIdSchema });

/** A token may come as `?token=` instead of a header (a download link, say). */
export const tokenQuerySchema = z.object({ token: z.string().max(4096).optional() });

/** The query of `GET /api/boards/:id/report.(md|docx)`: `interpretation=1` adds the reviewers' interpretations beside the observations. */
/**
 * A download's choices: reviewers' interpretations and the votes and triangulation figures, both
 * off unless asked (the copy the host receives), and the evidence appendix (every card unless asked).
 * The appendix values are the report's `EvidenceAppendixChoice`; the route's types keep the two the same.
 */
export const reportQuerySchema = tokenQuerySchema.extend({
  interpretation: z.enum(['0', '1']).default('0'),
  figures: z.enum(['0', '1']).default('0'),
  appendix: z.enum(['all', 'cited', 'none']).default('all'),
  comments: z.enum(['0', '1']).default('0'),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;
