import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, retentionResponseSchema, setRetentionBodySchema, tokenQuerySchema } from '@washup/shared/api';
import type { BoardService } from '../boards/boardService';
import type { RetentionSweeper } from '../boards/retentionSweeper';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';

export interface RetentionRoutesOptions extends BoardAccessDeps {
  boards: BoardService;
  sweeper: RetentionSweeper;
}

/**
 * Under `/api/boards/:id/retention`: how long the board is kept. Everyone on the board may read it
 * (they see when their work goes); only the Lead Reviewer sets it. A date already past deletes the
 * board at once, as the Lead Reviewer's own deletion does.
 */
export const retentionRoutes: FastifyPluginAsync<RetentionRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();
  const boardOnly = { params: boardParamsSchema, querystring: tokenQuerySchema };

  api.get('/retention', { schema: { ...boardOnly, response: { 200: retentionResponseSchema } } }, async (request) =>
    options.boards.retention(accessOf(request).board),
  );

  api.put(
    '/retention',
    {
      schema: { ...boardOnly, body: setRetentionBodySchema, response: { 200: retentionResponseSchema } },
      preHandler: onlyRoles(['facilitator'], 'set how long the board is kept'),
    },
    async (request) => {
      const set = await options.boards.setRetention(accessOf(request).board, request.body.retention);
      if (set.purgeAt !== null && set.purgeAt <= Date.now()) options.sweeper.sweepSoon();
      return set;
    },
  );
};
