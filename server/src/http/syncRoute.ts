import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { parseDocName, type DocAddress } from '@washup/shared';
import { authorize, tokenFrom, type Access } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';
import { HttpError } from './httpError';

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
}

/**
 * `GET /sync/<boardId>` and `/sync/<boardId>/session`: the y-websocket protocol. The token is
 * checked before the upgrade, so a refused client gets a plain 4xx and no room is touched.
 */
export async function syncRoute(app: FastifyInstance, deps: SyncRouteDeps): Promise<void> {
  const routeOptions = {
    preHandler: async (request: FastifyRequest) => {
      const path = request.url.split('?')[0] ?? '';
      const address = parseDocName(decodeURIComponent(path.slice('/sync/'.length)));
      if (!address) {
        deps.metrics.refuse('bad-doc-name');
        throw new HttpError(404, 'doc_not_found', 'no such document');
      }
      try {
        const access = await authorize(deps.storage, deps.signer, address.boardId, tokenFrom(request));
        request.syncTarget = { address, access };
      } catch (error) {
        if (error instanceof HttpError) deps.metrics.refuse(error.code);
        throw error;
      }
    },
  };
  const handler = (socket: WebSocket, request: FastifyRequest) => {
    const target = request.syncTarget;
    if (!target) {
      socket.close(1008, 'not authorized');
      return;
    }
    deps.rooms.connect(socket, target.address, { role: target.access.role, participantId: target.access.participantId });
  };
  app.get('/sync/:boardId', { websocket: true, ...routeOptions }, handler);
  app.get('/sync/:boardId/session', { websocket: true, ...routeOptions }, handler);
}
