import { z } from 'zod';
import { roleSchema } from '../auth/roles';

/**
 * Where the report stands: drafted by the team, shared with the host (who reads and comments),
 * agreed (the host and the Lead Reviewer each confirmed the same text), final (kept as it was
 * agreed; a change after that starts the next version).
 */
export const reportStages = ['draft', 'shared', 'agreed', 'final'] as const;
export const reportStageSchema = z.enum(reportStages);
export type ReportStage = z.infer<typeof reportStageSchema>;

const id = z.string().min(1).max(64);
const moment = z.number().int().nonnegative();
const version = z.number().int().min(1).max(999);

/** Who acted, as the relay knew them from their token when they did. */
export const reportActorSchema = z.object({ participantId: id, name: z.string().trim().min(1).max(80), role: roleSchema });
export type ReportActor = z.infer<typeof reportActorSchema>;

/** One person's confirmation of the report's text as it was then (its fingerprint). */
export const reportAgreementSchema = z.object({ by: reportActorSchema, at: moment, fingerprint: z.string().min(1).max(32) });
export type ReportAgreement = z.infer<typeof reportAgreementSchema>;

/** What a comment is about: the whole report, one heading, or one theme (a strength or next step). */
export const reportCommentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report') }),
  z.object({ kind: z.literal('heading'), headingId: id }),
  z.object({ kind: z.literal('theme'), themeId: id }),
]);
export type ReportCommentTarget = z.infer<typeof reportCommentTargetSchema>;

export const maxCommentLength = 2_000;

export const reportCommentSchema = z.object({
  id,
  target: reportCommentTargetSchema,
  text: z.string().trim().min(1).max(maxCommentLength),
  by: reportActorSchema,
  at: moment,
  /** The version of the report the comment was made on. */
  version,
  resolved: z.object({ by: reportActorSchema, at: moment }).nullable(),
});
export type ReportComment = z.infer<typeof reportCommentSchema>;

/** The record of the flow: each step with who took it and when. */
export const reportStepNames = ['shared', 'agreed', 'final', 'next version'] as const;
export const reportStepSchema = z.object({ step: z.enum(reportStepNames), version, by: reportActorSchema, at: moment });
export type ReportStep = z.infer<typeof reportStepSchema>;

/** Large enough for a multi-day review's report (300 themes with their evidence), small enough to keep in the relay doc. */
export const maxFinalReportLength = 2_000_000;

/** A version as it was made final: the host's copy in Markdown, which later versions are compared with. */
export const finalReportSchema = z.object({
  version,
  at: moment,
  by: reportActorSchema,
  fingerprint: z.string().min(1).max(32),
  markdown: z.string().max(maxFinalReportLength),
});
export type FinalReport = z.infer<typeof finalReportSchema>;

export const maxReportComments = 1_000;
export const maxReportSteps = 500;
export const maxFinalReports = 50;

export const reportFlowStateSchema = z.object({
  stage: reportStageSchema,
  version,
  /** The current version's confirmations; cleared when the next version starts. */
  agreements: z.object({ host: reportAgreementSchema.nullable(), lead: reportAgreementSchema.nullable() }),
  steps: z.array(reportStepSchema).max(maxReportSteps),
  finals: z.array(finalReportSchema).max(maxFinalReports),
  comments: z.array(reportCommentSchema).max(maxReportComments),
});
export type ReportFlowState = z.infer<typeof reportFlowStateSchema>;

export const emptyReportFlow: ReportFlowState = {
  stage: 'draft',
  version: 1,
  agreements: { host: null, lead: null },
  steps: [],
  finals: [],
  comments: [],
};
