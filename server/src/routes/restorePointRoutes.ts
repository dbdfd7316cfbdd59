import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  boardParamsSchema,
  restoreBoardBodySchema,
  restoreBoardResponseSchema,
  restorePointParamsSchema,
  restorePointPreviewSchema,
  restorePointsResponseSchema,
  restoreRecordBodySchema,
  restoreRecordResponseSchema,
  tokenQuerySchema,
} from '@washup/shared/api';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';
import type { RestorePointService } from '../restorePoints/restorePointService';

export interface RestorePointRoutesOptions extends BoardAccessDeps {
  history: RestorePointService;
}

/**
 * Under `/api/boards/:id/restore-points`, for the Lead Reviewer only: the board's restore points,
 * a preview of one against the board now, and restoring one record or the whole board from it.
 */
export const restorePointRoutes: FastifyPluginAsync<RestorePointRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();
  const leadOnly = (action: string) => onlyRoles(['facilitator'], action);
  const onePoint = { params: restorePointParamsSchema, querystring: tokenQuerySchema };

  api.get(
    '/restore-points',
    { schema: { params: boardParamsSchema, querystring: tokenQuerySchema, response: { 200: restorePointsResponseSchema } }, preHandler: leadOnly("see the board's history") },
    async (request) => ({ points: await options.history.list(accessOf(request).board.id) }),
  );

  api.get(
    '/restore-points/:pointId',
    { schema: { ...onePoint, response: { 200: restorePointPreviewSchema } }, preHandler: leadOnly('preview a restore point') },
    async (request) => options.history.preview(accessOf(request).board.id, request.params.pointId),
  );

  api.post(
    '/restore-points/:pointId/records',
    { schema: { ...onePoint, body: restoreRecordBodySchema, response: { 200: restoreRecordResponseSchema } }, preHandler: leadOnly('restore a record') },
    async (request) => ({ restored: await options.history.restoreRecord(accessOf(request).board.id, request.params.pointId, request.body) }),
  );

  api.post(
    '/restore-points/:pointId/restore',
    { schema: { ...onePoint, body: restoreBoardBodySchema, response: { 200: restoreBoardResponseSchema } }, preHandler: leadOnly('restore the board') },
    async (request) => {
      const by = accessOf(request);
      return options.history.restoreBoard(by.board.id, request.params.pointId, by);
    },
  );
};
