import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { inviteSchema } from './boards';

/**
 * A join code stands for one role's invite link, short enough to read off a projector and type on
 * a phone. Crockford's base 32: digits and capitals without I, L, O and U, so nothing typed can be
 * two different characters; 8 of them hold 40 bits, about a million million codes.
 */
export const joinCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const joinCodeLength = 8;

/** Letters people mistake for the digits of the alphabet, read as those digits. */
const lookalikes: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * A code as typed (any case, spaces or dashes between groups, O for 0, I or L for 1) in its one
 * stored form, or null when it cannot be a join code at all.
 */
export function normalizeJoinCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (letter) => lookalikes[letter] ?? letter);
  if (compact.length !== joinCodeLength) return null;
  return [...compact].every((char) => joinCodeAlphabet.includes(char)) ? compact : null;
}

/** A stored code in two groups of four, as people read it aloud: `7KQ2-M9XD`. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A code from random bytes, one character a byte: 256 is a multiple of 32, so every character is
 * equally likely.
 */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < joinCodeLength) throw new Error(`a join code needs ${joinCodeLength} random bytes`);
  return Array.from(bytes.subarray(0, joinCodeLength), (byte) => joinCodeAlphabet[byte % joinCodeAlphabet.length]).join('');
}

/** `POST /api/join-codes`: the code as typed; a longer body is refused before anything is looked up. */
export const resolveJoinCodeBodySchema = z.object({
  code: z.string().max(40, 'a join code is 8 characters').transform((typed, context) => {
    const code = normalizeJoinCode(typed);
    if (code === null) {
      context.addIssue({ code: 'custom', message: 'a join code is 8 letters and digits, like 7KQ2-M9XD' });
      return z.NEVER;
    }
    return code;
  }),
});
export type ResolveJoinCodeBody = z.input<typeof resolveJoinCodeBodySchema>;

/** The invite link a join code stands for, with the board and role it opens. */
export const resolveJoinCodeResponseSchema = z.object({ boardId: z.string(), role: roleSchema, invite: inviteSchema });
export type ResolveJoinCodeResponse = z.infer<typeof resolveJoinCodeResponseSchema>;
