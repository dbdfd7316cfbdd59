import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, castBallotResponseSchema, ownBallotResponseSchema, roundParamsSchema } from '@washup/shared/api';
import { ballotSubmissionSchema } from '@washup/shared/voting';
import { castBallot, ownBallot, type BallotDeps } from '../voting/ballots';
import { accessOf, checkBoardAccess, type BoardAccessDeps } from '../http/boardAccess';
import type { RequestLimit } from '../http/rateLimits';

export interface BallotRoutesOptions extends BoardAccessDeps, BallotDeps {
  limit: RequestLimit;
}

/**
 * Under `/api/boards/:id`, secret ballots: `POST /ballots` casts or re-casts a whole ballot, and
 * `GET /ballots/:roundId` returns only the caller's own (and the proxies they cast).
 */
export const ballotRoutes: FastifyPluginAsync<BallotRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/ballots',
    { onRequest: options.limit, schema: { params: boardParamsSchema, body: ballotSubmissionSchema, response: { 200: castBallotResponseSchema } } },
    async (request) => castBallot(options, accessOf(request), request.body),
  );

  api.get('/ballots/:roundId', { schema: { params: roundParamsSchema, response: { 200: ownBallotResponseSchema } } }, async (request) =>
    ownBallot(options, accessOf(request), request.params.roundId),
  );
};
