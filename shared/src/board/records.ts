import { z } from 'zod';
import type { Migration } from '../records/versionedKind';
import { laneIdSchema } from '../templates/schema';
import { retentionSchema } from './retention';

/** Records stored whole in the board doc, one schema each, validated wherever they cross a boundary. */

export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const text = (max: number) => z.string().trim().max(max);
/**
 * Characters that show nothing on their own: spaces, format characters (zero-width space, soft
 * hyphen, joiners, direction marks), controls, unassigned code points and the blank fillers.
 */
const invisible = /^[\p{White_Space}\p{Cf}\p{Cc}\p{Cn}\p{Co}\u115F\u1160\u2800\u3164\uFFA0]*$/u;
/** Text a record cannot do without: trimmed, and with at least one character a reader can see. */
const visibleText = (max: number) => text(max).refine((value) => !invisible.test(value), 'needs a visible character');

export const headingSchema = z.object({
  id: recordIdSchema,
  title: visibleText(200),
  description: text(1000).default(''),
  panel: z.boolean().default(false),
  order: z.string().min(1),
});

export const keyQuestionStatusSchema = z.enum(['draft', 'agreed']);
export const keyQuestionSchema = z.object({
  id: recordIdSchema,
  text: visibleText(500),
  order: z.string().min(1),
  status: keyQuestionStatusSchema,
});

export const activities = [
  'climate walk',
  'learning walk',
  'lesson visit',
  'work scrutiny',
  'interview',
  'focus group',
  'meeting observed',
  'document review',
  'data analysis',
  'other',
] as const;
export const activitySchema = z.enum(activities);

export const stakeholders = [
  'pupils',
  'teachers',
  'support staff',
  'leaders',
  'governors/trustees',
  'parents',
  'other',
] as const;
export const stakeholderSchema = z.enum(stakeholders);

export const valences = ['strength', 'nextStep', 'neutral', 'question'] as const;
export const valenceSchema = z.enum(valences);

/** Where a card sits: a lane under a heading, inside a theme or loose; or the reviewers' private lane. */
export const placementSchema = z.object({
  headingId: recordIdSchema,
  lane: laneIdSchema,
  themeId: recordIdSchema.optional(),
  order: z.string().min(1),
});

export const cardSchema = z.object({
  id: recordIdSchema,
  observation: visibleText(4000),
  interpretation: text(4000).optional(),
  activity: activitySchema,
  stakeholder: stakeholderSchema.optional(),
  site: text(120).optional(),
  keyQuestionIds: z.array(recordIdSchema).max(12),
  valence: valenceSchema,
  counterEvidence: z.boolean(),
  /** Reviewer learning: ideas to take home; never in the host's report. */
  privateLearning: z.boolean().default(false),
  authorId: z.string().min(1).max(64),
  authorName: text(80).min(1),
  capturedAt: z.number().int().positive(),
  placement: placementSchema.nullable(),
});

/** Where a theme stands with the host; the host records it themselves, through the relay (`hostPartner`), never on the theme. */
export const hostAgreementSchema = z.enum(['none', 'tested', 'agreed']);
export const themeSchema = z.object({
  id: recordIdSchema,
  headingId: recordIdSchema,
  lane: laneIdSchema,
  title: visibleText(200),
  summary: text(2000).default(''),
  order: z.string().min(1),
  /**
   * What a Lead Reviewer set on the theme at version 1, before hosts recorded their own agreement:
   * kept and shown as such, never written by Washup any more.
   */
  agreementBeforeHosts: z.enum(['tested', 'agreed']).optional(),
  /** Gone since version 2, so the relay refuses a write that still sets it: only the host agrees, by command. */
  hostAgreement: z.never({ error: "a theme no longer holds the host's agreement: the host records it themselves" }).optional(),
});

/**
 * Version 2 of the theme: the host's agreement leaves the theme (the host records it through the
 * relay). A value a Lead Reviewer set before is kept as `agreementBeforeHosts`, shown as theirs.
 */
export const themeWithoutHostAgreement: Migration = {
  to: 2,
  up({ hostAgreement, ...theme }) {
    return hostAgreement === 'tested' || hostAgreement === 'agreed' ? { ...theme, agreementBeforeHosts: hostAgreement } : theme;
  },
};

export const ideaSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  round: z.number().int().nonnegative(),
  authorId: z.string().min(1).max(64),
  authorName: text(80).min(1),
  text: visibleText(1000),
  capturedBy: z.string().min(1).max(64),
  capturedAt: z.number().int().positive(),
});

export const appreciationSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  authorId: z.string().min(1).max(64),
  authorName: text(80).min(1),
  text: visibleText(1000),
  createdAt: z.number().int().positive(),
});

/** PSTB's benefits and concerns about an idea the presenter chose; a critical concern may end the idea. */
export const ideaNoteKindSchema = z.enum(['benefit', 'concern', 'critical']);
export const ideaNoteSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  ideaId: recordIdSchema,
  kind: ideaNoteKindSchema,
  text: visibleText(1000),
  authorId: z.string().min(1).max(64),
  authorName: text(80).min(1),
  createdAt: z.number().int().positive(),
});

export const actionSchema = z.object({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  ideaId: recordIdSchema.optional(),
  what: visibleText(1000),
  who: text(120).default(''),
  when: text(60).default(''),
});

/** A name kept out of the exported report, and what the facilitator chose to write instead (a role or initials). */
export const redactionSchema = z.object({
  id: recordIdSchema,
  name: text(120).min(1).regex(/[\p{L}\p{N}]/u, 'a name needs a letter or digit'),
  replacement: visibleText(120),
});

export type Heading = z.infer<typeof headingSchema>;
export type KeyQuestion = z.infer<typeof keyQuestionSchema>;
export type KeyQuestionStatus = z.infer<typeof keyQuestionStatusSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Valence = z.infer<typeof valenceSchema>;
export type Placement = z.infer<typeof placementSchema>;
export type Card = z.infer<typeof cardSchema>;
export type HostAgreement = z.infer<typeof hostAgreementSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Idea = z.infer<typeof ideaSchema>;
export type Appreciation = z.infer<typeof appreciationSchema>;
export type IdeaNoteKind = z.infer<typeof ideaNoteKindSchema>;
export type IdeaNote = z.infer<typeof ideaNoteSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Redaction = z.infer<typeof redactionSchema>;

/**
 * The parts of the report the team writes in their own words, each one record named by its part:
 * the title block (`dates`, `team`, `hostLeaders`), the `context`, the overall `summary`, and a
 * narrative per heading (`heading:<headingId>`). A narrative cites evidence as `[#<cardId>]`, which
 * the report prints as the card's number wherever the card is cited then.
 */
export const reportTextPartSchema = z.string().regex(/^(dates|team|hostLeaders|context|summary|heading:[A-Za-z0-9_-]{1,64})$/, 'is not a part of the report');
export const reportTextSchema = z.object({ id: reportTextPartSchema, text: text(10_000) });
export type ReportTextPart = z.infer<typeof reportTextPartSchema>;
export type ReportText = z.infer<typeof reportTextSchema>;

/**
 * The team's estimate for one heading (record id = the heading's id), on the scale its template
 * defines. Stored as the point's words rather than its index, so a template whose scale changes
 * later cannot turn "Effective" into another point: a stored point no longer on the scale is shown
 * as unreadable by the report.
 */
export const estimateSchema = z.object({ id: recordIdSchema, point: visibleText(100) });
export type Estimate = z.infer<typeof estimateSchema>;

/** The board's own settings, written by the relay when the board is made and when the Lead Reviewer sets its retention. */
export const boardMetaSchema = z.object({
  title: text(200).min(1),
  templateId: z.string().max(40),
  createdAt: z.number().int().nonnegative(),
  lanes: z.object({ strengths: text(200).min(1), nextSteps: text(200).min(1) }),
  /** When the relay deletes the board, shown to everyone; absent or null: kept until deleted by hand. */
  retention: retentionSchema.nullable().optional(),
});
export type BoardMeta = z.infer<typeof boardMetaSchema>;
