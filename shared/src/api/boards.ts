import { z } from 'zod';
import { roleSchema, type Role } from '../auth/roles';

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

export interface Invite {
  token: string;
  url: string;
}
export type Invites = Record<Role, Invite>;

export interface CreateBoardResponse {
  id: string;
  invites: Invites;
}

export interface JoinResponse {
  token: string;
  participantId: string;
  role: Role;
  name: string;
}

/** The answer to removing someone: their role's invite link was replaced by this one. */
export interface RemoveParticipantResponse {
  role: Role;
  invite: Invite;
}

export interface BoardSummary {
  id: string;
  title: string;
  templateId: string;
  createdAt: number;
  counts: { headings: number; cards: number; themes: number; participants: number };
}

export const participantSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: z.number(),
  removed: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  headings: string[];
  lanes: { strengths: string; nextSteps: string };
}
