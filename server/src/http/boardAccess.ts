import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Role } from '@washup/shared/auth';
import { authorize, refuseScreenChanges, requireRole, type Access } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { Storage } from '../storage/storage';
import { tokenFrom } from './tokenFrom';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, on the board in the route's `:id`; set by `checkBoardAccess`, null elsewhere. */
    access: Access | null;
  }
}

export interface BoardAccessDeps {
  storage: Storage;
  signer: TokenSigner;
}

/**
 * Makes every route of a plugin under `/api/boards/:id` check its token once, before its handler
 * runs (after the route's own validation, so a malformed request is answered 400 whatever its token),
 * and leave the caller's access on the request.
 */
export function checkBoardAccess(scope: FastifyInstance, deps: BoardAccessDeps): void {
  scope.decorateRequest('access', null);
  scope.addHook('preHandler', async (request) => {
    const { id } = request.params as { id: string };
    request.access = await authorize(deps.storage, deps.signer, id, tokenFrom(request));
    refuseScreenChanges(request.access, request.method);
  });
}

/** The caller's access in a route of a plugin that `checkBoardAccess` guards. */
export function accessOf(request: FastifyRequest): Access {
  if (!request.access) throw new Error(`${request.routeOptions.url ?? request.url} is not behind checkBoardAccess`);
  return request.access;
}

/** A route-level preHandler that lets only these roles through: "only facilitator may delete a board". */
export function onlyRoles(allowed: readonly Role[], action: string): preHandlerAsyncHookHandler {
  return async (request) => requireRole(accessOf(request), allowed, action);
}
