import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createBoardBodySchema, createBoardResponseSchema, templateListSchema } from '@washup/shared/api';
import { templates } from '@washup/shared/templates';
import type { BoardService } from '../boards/boardService';
import { baseUrlOf } from '../http/baseUrl';
import type { RouteLimits } from '../http/rateLimits';

export interface BoardCreationRoutesOptions {
  boards: BoardService;
  publicUrl: string | undefined;
  limits: Pick<RouteLimits, 'createBoard'>;
}

/** Under `/api`: the templates on offer and `POST /api/boards`, the two routes that need no token. */
export const boardCreationRoutes: FastifyPluginAsync<BoardCreationRoutesOptions> = async (scope, options) => {
  const api = scope.withTypeProvider<ZodTypeProvider>();

  api.get('/templates', { schema: { response: { 200: templateListSchema } } }, async () =>
    templates.map((t) => ({ id: t.id, name: t.name, description: t.description, headings: t.headings.map((h) => h.title), lanes: t.lanes })),
  );

  api.post(
    '/boards',
    { onRequest: options.limits.createBoard, schema: { body: createBoardBodySchema, response: { 201: createBoardResponseSchema } } },
    async (request, reply) => {
      const created = await options.boards.create(request.body, baseUrlOf(request, options.publicUrl));
      return reply.code(201).send(created);
    },
  );
};
