import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { sessionPersonSchema } from '../session/person';
import { timedSegmentSchema } from '../session/segment';
import { timedSessionShape } from '../session/timedSession';
import { pstbSteps } from './pstbPlan';

export const pstbStepSchema = z.enum(pstbSteps);
export const pstbPhases = ['contracting', ...pstbSteps, 'closed'] as const;
export const pstbPhaseSchema = z.enum(pstbPhases);

/** Milliseconds per step, adding up exactly to the contract. */
const stepMs = z.number().int().positive();
export const pstbPlanSchema = z.object({ problem: stepMs, ideas: stepMs, selection: stepMs, benefits: stepMs, concerns: stepMs, actions: stepMs });

export const pstbStepRecordSchema = timedSegmentSchema.extend({
  step: pstbStepSchema,
  endedBy: z.enum(['advance', 'timeout']),
});

/** Most ideas the presenter takes forward, and the size of an optional shortlist vote before choosing. */
export const maxPstbSelection = 3;
export const pstbShortlistSize = { min: 3, max: 5 } as const;

export const pstbStateSchema = z.object({
  process: z.literal('pstb'),
  sessionId: recordIdSchema,
  presenter: sessionPersonSchema,
  contractMs: z.number().int().positive(),
  plan: pstbPlanSchema,
  phase: pstbPhaseSchema,
  /** The presenter's "How do I ...?" */
  problem: z.string(),
  ...timedSessionShape,
  /**
   * Selection ran out of time with nothing chosen: the step stays open, its clock at zero, until
   * the presenter has chosen and the facilitator moves on.
   */
  overtime: z.boolean(),
  history: z.array(pstbStepRecordSchema),
  /** Board-doc idea ids; empty, or 3 to 5 ideas the team voted onto a shortlist. */
  shortlistIdeaIds: z.array(recordIdSchema),
  /** In the order the presenter chose them. */
  selectedIdeaIds: z.array(recordIdSchema).max(maxPstbSelection),
  /** Selected ideas the presenter dropped after a critical concern. */
  eliminatedIdeaIds: z.array(recordIdSchema),
});

export type PstbPhase = z.infer<typeof pstbPhaseSchema>;
export type PstbPlan = z.infer<typeof pstbPlanSchema>;
export type PstbStepRecord = z.infer<typeof pstbStepRecordSchema>;
export type PstbState = z.infer<typeof pstbStateSchema>;
