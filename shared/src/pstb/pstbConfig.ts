import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { sessionPersonSchema } from '../session/person';
import { pstbDefaultContractMinutes } from './pstbPlan';

/** The shortest and longest contract a Lead Reviewer may set, in minutes. */
export const pstbContractMinutesRange = { min: 5, max: 120 } as const;

/** 20, 30 or 45 minutes in the method; a custom contract may be any length in range, to the second. */
export const pstbContractMinutesSchema = z.number().min(pstbContractMinutesRange.min).max(pstbContractMinutesRange.max);

/** What the facilitator sets up; the server adds the session id. The presenter is the host whose problem it is. */
export const pstbConfigSchema = z.object({
  sessionId: recordIdSchema,
  presenter: sessionPersonSchema,
  contractMinutes: pstbContractMinutesSchema.default(pstbDefaultContractMinutes),
});
export type PstbConfig = z.infer<typeof pstbConfigSchema>;
/** The config as a command carries it, before defaults are filled in. */
export type PstbConfigInput = z.input<typeof pstbConfigSchema>;
