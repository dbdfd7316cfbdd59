import { readTokenClaims } from '@washup/shared/auth';
import { readInviteFromUrl } from '../join/inviteFragment';

/**
 * The screen link's token, from the address (`/b/<boardId>/screen#invite=<token>`), when it is a
 * screen invite for this board. It stays in the address: a projector that reloads carries on.
 */
export function screenInvite(boardId: string, hash: string = window.location.hash): string | null {
  const token = readInviteFromUrl(hash);
  const claims = token ? readTokenClaims(token) : null;
  if (!token || claims?.kind !== 'invite' || claims.role !== 'screen' || claims.boardId !== boardId) return null;
  return token;
}
