import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { canEditBoard } from '@washup/shared/auth';
import { parseDocName, type DocAddress } from '@washup/shared/board';
import { closeCode } from '@washup/shared/sync';
import { linkHolder } from '../auth/linkHolder';
import { authorize, type Access } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { Metrics } from '../metrics';
import { Refused } from '../refusals/refused';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';
import { clientAddress } from '../http/clientAddress';
import type { ConnectionCaps } from '../http/connectionCaps';
import { tokenFrom } from '../http/tokenFrom';

declare module 'fastify' {
  interface FastifyRequest {
    syncTarget?: { address: DocAddress; access: Access };
  }
}

export interface SyncRouteDeps {
  storage: Storage;
  signer: TokenSigner;
  rooms: RoomRegistry;
  metrics: Metrics;
  caps: ConnectionCaps;
}

/**
 * `GET /sync/<boardId>`, `/sync/<boardId>/session` and `/sync/<boardId>/private/<participantId>`:
 * the y-websocket protocol. The token is
 * checked before the upgrade, so a refused client gets a plain 4xx and no room is touched; so is
 * the cap on live sockets per token and per address, whose slot the TCP socket gives back on closing
 * (whether the upgrade completed or not).
 */
export async function syncRoute(app: FastifyInstance, deps: SyncRouteDeps): Promise<void> {
  const routeOptions = {
    preHandler: async (request: FastifyRequest) => {
      const path = request.url.split('?')[0] ?? '';
      const address = parseDocName(decodeURIComponent(path.slice('/sync/'.length)));
      if (!address) {
        deps.metrics.refuse('bad-doc-name');
        throw new Refused('not_found', 'doc_not_found', 'no such document');
      }
      try {
        const access = await authorize(deps.storage, deps.signer, address.boardId, tokenFrom(request));
        if (address.kind === 'private') refuseOthersPrivateDoc(access, address.participantId);
        // A plain GET is answered 404 and never becomes a socket, so it takes no slot.
        if (request.ws) holdSlot(deps.caps, request, access);
        request.syncTarget = { address, access };
      } catch (error) {
        if (error instanceof Refused) deps.metrics.refuse(error.code);
        throw error;
      }
    },
  };
  const handler = (socket: WebSocket, request: FastifyRequest) => {
    const target = request.syncTarget;
    if (!target) {
      socket.close(closeCode.policyViolation, 'not authorized');
      return;
    }
    const { role, participantId, name } = target.access;
    deps.rooms.connect(socket, target.address, { role, participantId, name });
  };
  app.get('/sync/:boardId', { websocket: true, ...routeOptions }, handler);
  app.get('/sync/:boardId/session', { websocket: true, ...routeOptions }, handler);
  app.get('/sync/:boardId/private/:participantId', { websocket: true, ...routeOptions }, handler);
}

/**
 * A private doc opens only to its own participant's token (an invite link is no one in
 * particular), and only for the roles that capture reviewer learning.
 */
function refuseOthersPrivateDoc(access: Access, participantId: string): void {
  if (access.viaInvite || access.participantId === null) {
    throw new Refused('forbidden', 'private_doc_needs_participant', 'a private doc opens only with its own participant link; join the board first');
  }
  if (access.participantId !== participantId) {
    throw new Refused('forbidden', 'private_doc_not_yours', "a private doc opens only to the participant it belongs to");
  }
  if (!canEditBoard(access.role)) {
    throw new Refused('forbidden', 'private_doc_role', 'only the Lead Reviewer and reviewers keep reviewer learning');
  }
}

/** Takes a slot under the connection caps until the client's TCP socket closes, or refuses with 429. */
function holdSlot(caps: ConnectionCaps, request: FastifyRequest, access: Access): void {
  const slot = caps.acquire(linkHolder(access.board.id, access), clientAddress(request));
  if (!slot.ok) throw new Refused('too_many', 'too_many_connections', slot.message);
  // A client that hung up while its token was checked never closes again: give the slot back now.
  if (request.raw.socket.destroyed) slot.release();
  else request.raw.socket.once('close', slot.release);
}
