import { z } from 'zod';
import { personRoleSchema, roleSchema } from './roles';
import { boardIdSchema } from '../board/ids';

/**
 * What a signed token says. An invite stands for a role on a board (a screen invite for the room's
 * projector, which is used as it is and never joined with); a participant token also names
 * the person who joined with it, so authorship, ballots and speaking turns belong to someone.
 */
export const inviteClaimsSchema = z.object({
  kind: z.literal('invite'),
  boardId: boardIdSchema,
  role: roleSchema,
  keyVersion: z.number().int().nonnegative(),
  /** How often this role's link had been replaced on its own (removing someone replaces it); absent is 0. */
  roleVersion: z.number().int().nonnegative().optional(),
  expiresAt: z.number().int().positive().optional(),
});

export const participantClaimsSchema = z.object({
  kind: z.literal('participant'),
  boardId: boardIdSchema,
  /** Only people join by name: no participant token ever carries the screen role. */
  role: personRoleSchema,
  participantId: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  issuedAt: z.number().int().positive(),
});

export const tokenClaimsSchema = z.discriminatedUnion('kind', [inviteClaimsSchema, participantClaimsSchema]);
export type InviteClaims = z.infer<typeof inviteClaimsSchema>;
export type ParticipantClaims = z.infer<typeof participantClaimsSchema>;
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

/**
 * Reads a token's claims without checking its signature: enough for the client to know its own
 * role and name. Only the server's verification makes a token trustworthy.
 */
export function readTokenClaims(token: string): TokenClaims | null {
  const [payload] = token.split('.');
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(decodeBase64Url(payload));
    const parsed = tokenClaimsSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
