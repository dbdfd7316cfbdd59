import type { Role } from '@washup/shared/auth';
import { boardIdPattern } from '@washup/shared/board';
import { Refused } from '../refusals/refused';
import type { BoardRecord, Storage } from '../storage/storage';
import type { TokenSigner } from './tokens';

/** Who is asking, on which board: the result of a token that passed every check. */
export interface Access {
  board: BoardRecord;
  role: Role;
  /** Null for someone connected with an invite link who has not joined by name. */
  participantId: string | null;
  name: string | null;
  viaInvite: boolean;
}

/**
 * Checks a token against a board: signature, board, expiry, key version for invites, and that a
 * participant has not been removed. Throws `Refused` (unauthenticated, forbidden or not found) naming what failed.
 */
export async function authorize(
  storage: Storage,
  signer: TokenSigner,
  boardId: string,
  token: string | null,
  now = Date.now(),
): Promise<Access> {
  if (!token) throw new Refused('unauthenticated', 'token_missing', 'this needs an invite or participant token');
  const claims = signer.verify(token);
  if (!claims) throw new Refused('unauthenticated', 'token_invalid', 'the token is not valid');
  if (!boardIdPattern.test(boardId)) throw new Refused('not_found', 'board_not_found', 'no such board');
  if (claims.boardId !== boardId) throw new Refused('forbidden', 'token_other_board', 'the token is for another board');
  const board = await storage.getBoard(boardId);
  if (!board) throw new Refused('not_found', 'board_not_found', 'this board does not exist or was deleted');
  if (claims.kind === 'invite') {
    if (claims.expiresAt !== undefined && claims.expiresAt <= now) {
      throw new Refused('unauthenticated', 'token_expired', 'this invite link has expired; ask the Lead Reviewer for a new one');
    }
    const roleVersion = (await storage.inviteVersions(boardId))[claims.role] ?? 0;
    if (claims.keyVersion !== board.keyVersion || (claims.roleVersion ?? 0) !== roleVersion) {
      throw new Refused('unauthenticated', 'token_revoked', 'this invite link was replaced; ask the Lead Reviewer for the new one');
    }
    return { board, role: claims.role, participantId: null, name: null, viaInvite: true };
  }
  const participant = await storage.getParticipant(boardId, claims.participantId);
  if (!participant || participant.removed) {
    throw new Refused('forbidden', 'participant_removed', 'you were removed from this board');
  }
  return { board, role: claims.role, participantId: claims.participantId, name: claims.name, viaInvite: false };
}

/**
 * A screen link (the room's projector) only shows the board: it never joins, votes, runs a command
 * or changes anything, so every request of it but a read is refused.
 */
export function refuseScreenChanges(access: Access, method: string): void {
  if (access.role === 'screen' && method !== 'GET' && method !== 'HEAD') {
    throw new Refused('forbidden', 'screen_read_only', 'a screen link only shows what the Lead Reviewer presents; it cannot join or change anything');
  }
}

export function requireRole(access: Access, allowed: readonly Role[], action: string): void {
  if (!allowed.includes(access.role)) {
    throw new Refused('forbidden', 'forbidden', `only ${allowed.join(' or ')} may ${action}`);
  }
}
