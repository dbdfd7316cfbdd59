import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { laneIdSchema } from '../templates/schema';
import { maxExplicitVotes } from './budget';

/** One heading, or every heading on the board. */
export const voteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), headingId: recordIdSchema }),
  z.object({ kind: z.literal('board') }),
]);

/** Observers only watch; everyone else may be given a vote. */
export const votingRoles = ['facilitator', 'reviewer', 'host'] as const;
export const votingRoleSchema = z.enum(votingRoles);
export const defaultEligibleRoles: VotingRole[] = ['facilitator', 'reviewer'];

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** What the facilitator chooses when opening a round. */
export const voteRoundConfigSchema = z.object({
  scope: voteScopeSchema,
  /** Both lanes means two ballots, each with its own options and budget. */
  lanes: z.array(laneIdSchema).min(1).max(2).refine(distinct, 'a lane is listed twice'),
  /** Loose cards become options beside the themes, for a board not yet clustered. */
  includeUnthemedCards: z.boolean().default(false),
  /** Per lane; left out, each lane gets `defaultBudget` of its own option count. */
  budget: z.number().int().min(1).max(maxExplicitVotes).optional(),
  capPerOption: z.number().int().min(1).max(maxExplicitVotes).optional(),
  eligibleRoles: z
    .array(votingRoleSchema)
    .min(1)
    .refine(distinct, 'a role is listed twice')
    .default(() => [...defaultEligibleRoles]),
});

export const voteOptionKindSchema = z.enum(['theme', 'card']);

/** A theme or card as it stood when the round opened; later edits to the board don't reach it. */
export const voteOptionSchema = z.object({
  id: recordIdSchema,
  kind: voteOptionKindSchema,
  label: z.string().min(1).max(200),
  headingId: recordIdSchema,
  lane: laneIdSchema,
});

/** One ballot of a round: its frozen options and the resolved limits. */
export const voteLaneSchema = z.object({
  options: z.array(voteOptionSchema).min(1),
  budget: z.number().int().min(1),
  capPerOption: z.number().int().min(1),
});

export const voteRoundStatusSchema = z.enum(['open', 'closed', 'revealed']);

/** Who closed a round: the Lead Reviewer by hand, or the timebox that ran out on the relay's clock. */
export const roundCloserSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), participantId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('timebox'), timeboxId: recordIdSchema }),
]);

export const voteRoundSchema = z.object({
  id: recordIdSchema,
  config: voteRoundConfigSchema,
  status: voteRoundStatusSchema,
  /** Exactly the lanes of `config.lanes`. */
  lanes: z.partialRecord(laneIdSchema, voteLaneSchema),
  /** Participant id of the facilitator. */
  openedBy: z.string().min(1).max(64),
  openedAt: z.number().int().positive(),
  closedAt: z.number().int().positive().optional(),
  /** Absent on rounds closed before the relay kept it (always by hand then). */
  closedBy: roundCloserSchema.optional(),
  revealedAt: z.number().int().positive().optional(),
  /** The round this one re-runs, so history reads as a sequence. */
  rerunOf: recordIdSchema.optional(),
});

export type VoteScope = z.infer<typeof voteScopeSchema>;
export type VotingRole = z.infer<typeof votingRoleSchema>;
export type VoteRoundConfig = z.infer<typeof voteRoundConfigSchema>;
/** The config as a command carries it, before defaults are filled in. */
export type VoteRoundConfigInput = z.input<typeof voteRoundConfigSchema>;
export type VoteOptionKind = z.infer<typeof voteOptionKindSchema>;
export type VoteOption = z.infer<typeof voteOptionSchema>;
export type VoteLane = z.infer<typeof voteLaneSchema>;
export type VoteRoundStatus = z.infer<typeof voteRoundStatusSchema>;
export type RoundCloser = z.infer<typeof roundCloserSchema>;
export type VoteRound = z.infer<typeof voteRoundSchema>;
