import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  boardParamsSchema,
  boardSummarySchema,
  joinBodySchema,
  joinResponseSchema,
  participantParamsSchema,
  participantsResponseSchema,
  removeParticipantResponseSchema,
  rotateInvitesBodySchema,
  rotateInvitesResponseSchema,
  tokenQuerySchema,
} from '@washup/shared/api';
import type { BoardService } from '../boards/boardService';
import { baseUrlOf } from '../http/baseUrl';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';
import type { RouteLimits } from '../http/rateLimits';

export interface BoardRoutesOptions extends BoardAccessDeps {
  boards: BoardService;
  publicUrl: string | undefined;
  limits: Pick<RouteLimits, 'join'>;
}

/** Under `/api/boards/:id`: the board's summary and deletion, joining, its invite links and its people. */
export const boardRoutes: FastifyPluginAsync<BoardRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();
  const facilitatorOnly = (action: string) => onlyRoles(['facilitator'], action);
  const boardOnly = { params: boardParamsSchema, querystring: tokenQuerySchema };

  api.post(
    '/join',
    { onRequest: options.limits.join, schema: { ...boardOnly, body: joinBodySchema, response: { 201: joinResponseSchema } } },
    async (request, reply) => {
      const joined = await options.boards.join(accessOf(request), request.body.name);
      return reply.code(201).send(joined);
    },
  );

  api.get('', { schema: { ...boardOnly, response: { 200: boardSummarySchema } } }, async (request) => options.boards.summary(accessOf(request).board));

  api.delete('', { schema: boardOnly, preHandler: facilitatorOnly('delete a board') }, async (request, reply) => {
    await options.boards.delete(accessOf(request).board);
    return reply.code(204).send();
  });

  api.post(
    '/invites/rotate',
    { schema: { ...boardOnly, body: rotateInvitesBodySchema, response: { 200: rotateInvitesResponseSchema } }, preHandler: facilitatorOnly('replace the invite links') },
    async (request) => ({
      invites: await options.boards.rotateInvites(accessOf(request).board, baseUrlOf(request, options.publicUrl), request.body.inviteTtlHours),
    }),
  );

  api.get(
    '/participants',
    { schema: { ...boardOnly, response: { 200: participantsResponseSchema } }, preHandler: facilitatorOnly('see who has joined') },
    async (request) => ({ participants: await options.boards.participants(accessOf(request).board) }),
  );

  api.delete(
    '/participants/:participantId',
    {
      schema: { params: participantParamsSchema, querystring: tokenQuerySchema, response: { 200: removeParticipantResponseSchema } },
      preHandler: facilitatorOnly('remove someone'),
    },
    async (request) => {
      const by = accessOf(request);
      return options.boards.removeParticipant(by.board, request.params.participantId, by, baseUrlOf(request, options.publicUrl));
    },
  );
};
