import { z } from 'zod';
import { hostAgreementSchema, keyQuestionSchema, recordIdSchema } from '../board/records';
import { reportActorSchema } from '../reportFlow/reportFlowState';

const moment = z.number().int().nonnegative();
const id = z.string().min(1).max(64);

/** A host's comment on a theme is a short note (a factual correction, a nuance), not a second report. */
export const maxHostCommentLength = 500;

/**
 * One act of the host on a theme: tested or agreed with them, or withdrawn (back to none). The
 * latest act per theme is where the theme stands; earlier ones stay as its history.
 */
export const themeAgreementActSchema = z.object({ themeId: recordIdSchema, state: hostAgreementSchema, by: reportActorSchema, at: moment });
export type ThemeAgreementAct = z.infer<typeof themeAgreementActSchema>;

/** A host's comment on a theme, which the Lead Reviewer (or the host who wrote it) resolves. */
export const hostCommentSchema = z.object({
  id,
  themeId: recordIdSchema,
  text: z.string().trim().min(1).max(maxHostCommentLength),
  by: reportActorSchema,
  at: moment,
  resolved: z.object({ by: reportActorSchema, at: moment }).nullable(),
});
export type HostComment = z.infer<typeof hostCommentSchema>;

/** A key question the host proposes; once the Lead Reviewer accepts it, it is a key question of the board under the same id. */
export const keyQuestionProposalSchema = z.object({
  id: recordIdSchema,
  text: keyQuestionSchema.shape.text,
  by: reportActorSchema,
  at: moment,
  decision: z.object({ accepted: z.boolean(), by: reportActorSchema, at: moment }).nullable(),
});
export type KeyQuestionProposal = z.infer<typeof keyQuestionProposalSchema>;

/** The host agreeing a key question of the board as it is worded. */
export const keyQuestionAgreementSchema = z.object({ keyQuestionId: recordIdSchema, by: reportActorSchema, at: moment });
export type KeyQuestionAgreement = z.infer<typeof keyQuestionAgreementSchema>;

export const maxThemeAgreementActs = 5_000;
export const maxHostComments = 1_000;
export const maxKeyQuestionProposals = 200;
export const maxKeyQuestionAgreements = 500;

/** The host's own acts on the board, recorded by the relay with who and when; nobody else writes them. */
export const hostPartnerStateSchema = z.object({
  themeActs: z.array(themeAgreementActSchema).max(maxThemeAgreementActs),
  comments: z.array(hostCommentSchema).max(maxHostComments),
  proposals: z.array(keyQuestionProposalSchema).max(maxKeyQuestionProposals),
  keyQuestionAgreements: z.array(keyQuestionAgreementSchema).max(maxKeyQuestionAgreements),
});
export type HostPartnerState = z.infer<typeof hostPartnerStateSchema>;

export const emptyHostPartner: HostPartnerState = { themeActs: [], comments: [], proposals: [], keyQuestionAgreements: [] };
