import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { sessionPersonSchema } from '../session/person';
import { timedSegmentSchema } from '../session/segment';
import { timedSessionShape } from '../session/timedSession';
import { councilParticipantSchema, councilSettingsSchema } from './councilConfig';

export const councilPhases = [
  'contracting',
  'presenterThinking',
  'question',
  'round',
  'freshThinking',
  'selection',
  'appreciations',
  'closed',
] as const;
export const councilPhaseSchema = z.enum(councilPhases);

/** A first turn in the order, or the second chance at the end of the round for someone who passed. */
export const councilAttempts = ['first', 'revisit'] as const;
export const councilAttemptSchema = z.enum(councilAttempts);

export const councilTurnOutcomes = ['done', 'pass', 'timeout'] as const;
export const councilTurnOutcomeSchema = z.enum(councilTurnOutcomes);

export const councilCurrentTurnSchema = z.object({
  participantId: z.string().min(1).max(64),
  attempt: councilAttemptSchema,
});

export const councilTurnSchema = timedSegmentSchema.extend({
  participantId: z.string().min(1).max(64),
  round: z.number().int().min(1),
  attempt: councilAttemptSchema,
  outcome: councilTurnOutcomeSchema,
  /** The facilitator passed for them (out of the room, sound gone); they still get their second chance. */
  skipped: z.boolean(),
});

export const councilReflectionKinds = ['presenterThinking', 'freshThinking'] as const;

/** The presenter's thinking aloud before the question, and the fresh thinking after each round. */
export const councilReflectionSchema = timedSegmentSchema.extend({
  kind: z.enum(councilReflectionKinds),
  /** Rounds finished before it: 0 for the opening thinking. */
  afterRound: z.number().int().nonnegative(),
  endedBy: z.enum(['advance', 'timeout']),
});

export const councilAppreciationSchema = z.object({
  /** The appreciation record in the board doc, where its text lives. */
  appreciationId: recordIdSchema,
  participantId: z.string().min(1).max(64),
  at: z.number().int().nonnegative(),
});

export const councilStateSchema = z.object({
  process: z.literal('council'),
  sessionId: recordIdSchema,
  presenter: sessionPersonSchema,
  scribe: sessionPersonSchema.nullable(),
  /** The speaking order; reordering changes only turns not yet taken. */
  participants: z.array(councilParticipantSchema).min(1),
  settings: councilSettingsSchema,
  /** Rounds planned, including any the facilitator added. */
  rounds: z.number().int().min(1),
  /** The round under way or last finished; 0 before round 1. */
  round: z.number().int().nonnegative(),
  phase: councilPhaseSchema,
  question: z.string(),
  /** Who holds the floor; set exactly while `phase` is `round`. */
  current: councilCurrentTurnSchema.nullable(),
  ...timedSessionShape,
  turns: z.array(councilTurnSchema),
  reflections: z.array(councilReflectionSchema),
  /** Board-doc idea ids, in the order the presenter chose them. */
  selectedIdeaIds: z.array(recordIdSchema),
  appreciations: z.array(councilAppreciationSchema),
});

export type CouncilPhase = z.infer<typeof councilPhaseSchema>;
export type CouncilAttempt = z.infer<typeof councilAttemptSchema>;
export type CouncilTurnOutcome = z.infer<typeof councilTurnOutcomeSchema>;
export type CouncilCurrentTurn = z.infer<typeof councilCurrentTurnSchema>;
export type CouncilTurn = z.infer<typeof councilTurnSchema>;
export type CouncilReflection = z.infer<typeof councilReflectionSchema>;
export type CouncilAppreciation = z.infer<typeof councilAppreciationSchema>;
export type CouncilState = z.infer<typeof councilStateSchema>;
