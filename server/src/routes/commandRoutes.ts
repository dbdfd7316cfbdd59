import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, commandEnvelopeSchema, commandReplySchema } from '@washup/shared/api';
import type { CommandContext, CommandFamily } from '../commands/commandFamily';
import { runCommand } from '../commands/runCommand';
import { accessOf, checkBoardAccess, type BoardAccessDeps } from '../http/boardAccess';
import type { RequestLimit } from '../http/rateLimits';

export interface CommandRoutesOptions extends BoardAccessDeps {
  families: readonly CommandFamily[];
  context: Omit<CommandContext, 'access' | 'now'>;
  limit: RequestLimit;
}

/**
 * Under `/api/boards/:id`: `POST /commands`, the only way to change the relay doc. The body's
 * `type` picks the family (`council.*`, `vote.*`, ...), whose schema validates the whole command.
 */
export const commandRoutes: FastifyPluginAsync<CommandRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  scope.withTypeProvider<ZodTypeProvider>().post(
    '/commands',
    { onRequest: options.limit, schema: { params: boardParamsSchema, body: commandEnvelopeSchema, response: { 200: commandReplySchema } } },
    async (request) => {
      const result = await runCommand(options.families, request.body, { ...options.context, access: accessOf(request), now: Date.now() });
      return { ok: true as const, result };
    },
  );
};
