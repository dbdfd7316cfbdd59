import type { Role } from '@washup/shared/auth';

/**
 * Whose link a socket uses, as one key for the limits counted per link: the person who joined, or
 * everyone holding one role's invite link on a board (an invite is shared, so its holders are one).
 */
export function linkHolder(boardId: string, access: { role: Role; participantId: string | null }): string {
  return access.participantId ? `participant:${boardId}:${access.participantId}` : `invite:${boardId}:${access.role}`;
}
