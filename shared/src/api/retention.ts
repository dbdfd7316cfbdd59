import { z } from 'zod';
import { retentionSchema } from '../board/retention';

/** The body of `PUT /api/boards/:id/retention` (the Lead Reviewer only): null keeps the board until it is deleted by hand. */
export const setRetentionBodySchema = z.strictObject({ retention: retentionSchema.nullable() });
export type SetRetentionBody = z.infer<typeof setRetentionBodySchema>;

/** `GET|PUT /api/boards/:id/retention`: the board's retention, its last change and when it is due to be deleted (null: never). */
export const retentionResponseSchema = z.object({
  retention: retentionSchema.nullable(),
  lastActivityAt: z.number(),
  purgeAt: z.number().nullable(),
});
export type RetentionResponse = z.infer<typeof retentionResponseSchema>;
