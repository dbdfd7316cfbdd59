import { z } from 'zod';
import { roleSchema } from '../auth/roles';

export const createBoardBodySchema = z.object({
  title: z.string().trim().min(1, 'a board needs a title').max(200, 'a title is at most 200 characters'),
  templateId: z.string().min(1).max(40).optional(),
  /** Invites that stop working after this many hours (none by default). */
  inviteTtlHours: z.number().int().min(1).max(24 * 90).optional(),
});
export type CreateBoardBody = z.infer<typeof createBoardBodySchema>;

export const joinBodySchema = z.object({
  name: z.string().trim().min(1, 'please give a display name').max(80, 'a name is at most 80 characters'),
});
export type JoinBody = z.infer<typeof joinBodySchema>;

/** The body of `POST /api/boards/:id/invites/rotate`: optionally, how long the new links last. */
export const rotateInvitesBodySchema = z.object({ inviteTtlHours: z.number().int().min(1).max(24 * 90).optional() }).default({});

/**
 * One role's invite link. `joinCode` is the short code that stands for it (see joinCodes.ts): the
 * relay always sends one; links saved on a device before join codes existed have none.
 */
export const inviteSchema = z.object({ token: z.string(), url: z.string(), joinCode: z.string().optional() });
export type Invite = z.infer<typeof inviteSchema>;

/** One link per role: every role is present. */
export const invitesSchema = z.record(roleSchema, inviteSchema);
export type Invites = z.infer<typeof invitesSchema>;

export const createBoardResponseSchema = z.object({ id: z.string(), invites: invitesSchema });
export type CreateBoardResponse = z.infer<typeof createBoardResponseSchema>;

export const joinResponseSchema = z.object({
  token: z.string(),
  participantId: z.string(),
  role: roleSchema,
  name: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** The answer to removing someone: their role's invite link was replaced by this one. */
export const removeParticipantResponseSchema = z.object({ role: roleSchema, invite: inviteSchema });
export type RemoveParticipantResponse = z.infer<typeof removeParticipantResponseSchema>;

export const rotateInvitesResponseSchema = z.object({ invites: invitesSchema });

export const boardSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  createdAt: z.number(),
  counts: z.object({ headings: z.number(), cards: z.number(), themes: z.number(), participants: z.number() }),
});
export type BoardSummary = z.infer<typeof boardSummarySchema>;

export const participantSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: z.number(),
  removed: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;

export const participantsResponseSchema = z.object({ participants: z.array(participantSchema) });

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  headings: z.array(z.string()),
  lanes: z.object({ strengths: z.string(), nextSteps: z.string() }),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateListSchema = z.array(templateSummarySchema);
