import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { timerCommandSchemas } from '../session/timerCommands';
import { pstbContractMinutesSchema } from './pstbConfig';
import { isPstbShortlistSize } from './pstbShortlist';
import { pstbPhaseSchema, pstbShortlistSize } from './pstbState';

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** `advance` names the step it means to end, so a double click does not skip the next one. */
export const pstbCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pstb.setContract'), contractMinutes: pstbContractMinutesSchema }),
  z.object({ type: z.literal('pstb.advance'), from: pstbPhaseSchema }),
  z.object({ type: z.literal('pstb.setProblem'), problem: z.string().trim().min(1).max(500) }),
  ...timerCommandSchemas('pstb'),
  z.object({
    type: z.literal('pstb.shortlist'),
    /** Empty clears the shortlist. */
    ideaIds: z
      .array(recordIdSchema)
      .max(pstbShortlistSize.max)
      .refine((ids) => isPstbShortlistSize(ids.length), `a shortlist has ${pstbShortlistSize.min} to ${pstbShortlistSize.max} ideas`)
      .refine(distinct, 'an idea is listed twice'),
  }),
  z.object({ type: z.literal('pstb.selectIdea'), ideaId: recordIdSchema }),
  z.object({ type: z.literal('pstb.unselectIdea'), ideaId: recordIdSchema }),
  z.object({ type: z.literal('pstb.eliminateIdea'), ideaId: recordIdSchema }),
  z.object({ type: z.literal('pstb.reinstateIdea'), ideaId: recordIdSchema }),
]);
export type PstbCommand = z.infer<typeof pstbCommandSchema>;
export type PstbCommandType = PstbCommand['type'];
