import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { resolveJoinCodeBodySchema, resolveJoinCodeResponseSchema } from '@washup/shared/api';
import type { JoinCodes } from '../boards/joinCodes';
import { baseUrlOf } from '../http/baseUrl';
import type { RouteLimits } from '../http/rateLimits';

export interface JoinCodeRoutesOptions {
  joinCodes: JoinCodes;
  publicUrl: string | undefined;
  limits: Pick<RouteLimits, 'joinCode'>;
}

/**
 * Under `/api`: `POST /api/join-codes` turns a typed join code into the invite link it stands for.
 * It needs no token, so it has its own limit per client address against guessing; the code is in
 * the body, never the URL, so it reaches no request log.
 */
export const joinCodeRoutes: FastifyPluginAsync<JoinCodeRoutesOptions> = async (scope, options) => {
  const api = scope.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/join-codes',
    { onRequest: options.limits.joinCode, schema: { body: resolveJoinCodeBodySchema, response: { 200: resolveJoinCodeResponseSchema } } },
    async (request) => options.joinCodes.resolve(request.body.code, baseUrlOf(request, options.publicUrl)),
  );
};
