import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createBoardBodySchema, joinBodySchema, templates, type TemplateSummary } from '@washup/shared';
import { authorize, requireRole, tokenFrom } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { BoardService } from '../boards/boardService';
import type { Storage } from '../storage/storage';
import type { RouteLimits } from './rateLimits';

const boardParams = z.object({ id: z.string().min(1).max(64) });
const participantParams = boardParams.extend({ participantId: z.string().min(1).max(64) });
const tokenQuery = z.object({ token: z.string().max(4096).optional() });
const rotateBody = z.object({ inviteTtlHours: z.number().int().min(1).max(24 * 90).optional() }).default({});

export interface BoardRoutesDeps {
  storage: Storage;
  signer: TokenSigner;
  boards: BoardService;
  publicUrl: string | undefined;
  limits: Pick<RouteLimits, 'createBoard' | 'join'>;
}

/** The board endpoints of the HTTP API; each checks its token, then hands over to the service. */
export async function boardRoutes(app: FastifyInstance, deps: BoardRoutesDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const baseUrl = (request: FastifyRequest) => deps.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  const access = (request: FastifyRequest, boardId: string) =>
    authorize(deps.storage, deps.signer, boardId, tokenFrom(request));

  api.get('/api/templates', async (): Promise<TemplateSummary[]> =>
    templates.map((t) => ({ id: t.id, name: t.name, description: t.description, headings: t.headings.map((h) => h.title), lanes: t.lanes })),
  );

  api.post('/api/boards', { onRequest: deps.limits.createBoard, schema: { body: createBoardBodySchema } }, async (request, reply) => {
    const created = await deps.boards.create(request.body, baseUrl(request));
    return reply.code(201).send(created);
  });

  api.post('/api/boards/:id/join', { onRequest: deps.limits.join, schema: { params: boardParams, querystring: tokenQuery, body: joinBodySchema } }, async (request, reply) => {
    const joined = await deps.boards.join(await access(request, request.params.id), request.body.name);
    return reply.code(201).send(joined);
  });

  api.get('/api/boards/:id', { schema: { params: boardParams, querystring: tokenQuery } }, async (request) => {
    const { board } = await access(request, request.params.id);
    return deps.boards.summary(board);
  });

  api.delete('/api/boards/:id', { schema: { params: boardParams, querystring: tokenQuery } }, async (request, reply) => {
    const who = await access(request, request.params.id);
    requireRole(who, ['facilitator'], 'delete a board');
    await deps.boards.delete(who.board);
    return reply.code(204).send();
  });

  api.post('/api/boards/:id/invites/rotate', { schema: { params: boardParams, querystring: tokenQuery, body: rotateBody } }, async (request) => {
    const who = await access(request, request.params.id);
    requireRole(who, ['facilitator'], 'replace the invite links');
    return { invites: await deps.boards.rotateInvites(who.board, baseUrl(request), request.body.inviteTtlHours) };
  });

  api.get('/api/boards/:id/participants', { schema: { params: boardParams, querystring: tokenQuery } }, async (request) => {
    const who = await access(request, request.params.id);
    requireRole(who, ['facilitator'], 'see who has joined');
    return { participants: await deps.boards.participants(who.board) };
  });

  api.delete('/api/boards/:id/participants/:participantId', { schema: { params: participantParams, querystring: tokenQuery } }, async (request) => {
    const who = await access(request, request.params.id);
    requireRole(who, ['facilitator'], 'remove someone');
    return deps.boards.removeParticipant(who.board, request.params.participantId, who, baseUrl(request));
  });
}
