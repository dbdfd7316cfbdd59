import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { timerCommandSchemas } from '../session/timerCommands';
import { councilPhaseSchema } from './councilState';

const speakerId = z.string().min(1).max(64);

/**
 * The commands people send as they are. Commands name the phase or speaker they mean to end, so a
 * double click or a command sent just after a time-out is refused instead of ending the next
 * person's turn.
 */
export const councilDirectCommandSchemas = [
  z.object({ type: z.literal('council.advance'), from: councilPhaseSchema }),
  z.object({ type: z.literal('council.setQuestion'), question: z.string().trim().min(1).max(500) }),
  z.object({ type: z.literal('council.done'), speakerId }),
  z.object({ type: z.literal('council.pass'), speakerId }),
  z.object({ type: z.literal('council.skip'), speakerId }),
  ...timerCommandSchemas('council'),
  z.object({ type: z.literal('council.reorder'), order: z.array(speakerId).min(1) }),
  z.object({ type: z.literal('council.addRound') }),
  z.object({ type: z.literal('council.selectIdea'), ideaId: recordIdSchema }),
  z.object({ type: z.literal('council.unselectIdea'), ideaId: recordIdSchema }),
] as const;

/**
 * Everything the Council machine runs. An appreciation arrives as text; the relay stores the text
 * in the board doc and hands the machine the record's id.
 */
export const councilCommandSchema = z.discriminatedUnion('type', [
  ...councilDirectCommandSchemas,
  z.object({ type: z.literal('council.appreciate'), appreciationId: recordIdSchema }),
]);
export type CouncilCommand = z.infer<typeof councilCommandSchema>;
export type CouncilCommandType = CouncilCommand['type'];
