import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, tokenFrom } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { CommandContext, CommandFamily } from './commandFamily';
import { HttpError } from '../http/httpError';
import type { RequestLimit } from '../http/rateLimits';

const boardParams = z.object({ id: z.string().min(1).max(64) });
const commandEnvelope = z.looseObject({ type: z.string().min(1).max(80) });

export interface CommandRoutesDeps {
  signer: TokenSigner;
  families: readonly CommandFamily[];
  context: Omit<CommandContext, 'access' | 'now'>;
  limit: RequestLimit;
}

/**
 * `POST /api/boards/:id/commands`: the only way to change the relay doc. The body's `type`
 * picks the family (`council.*`, `vote.*`, ...), whose schema validates the whole command.
 */
export async function commandRoutes(app: FastifyInstance, deps: CommandRoutesDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/api/boards/:id/commands', { onRequest: deps.limit, schema: { params: boardParams, body: commandEnvelope } }, async (request) => {
    const access = await authorize(deps.context.storage, deps.signer, request.params.id, tokenFrom(request));
    const prefix = request.body.type.split('.')[0] ?? '';
    const family = deps.families.find((candidate) => candidate.prefix === prefix);
    if (!family) throw new HttpError(400, 'unknown_command', `unknown command type "${request.body.type}"`);
    const result = await family.run(request.body, { ...deps.context, access, now: Date.now() });
    return { ok: true, result: result ?? null };
  });
}
