import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built React app; any other page path (a board link such as /b/<id>) gets index.html,
 * so links open the app, while unknown /api and /sync paths still answer 404 in JSON.
 */
export async function clientRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn(`no built client in ${distDir}; run "pnpm build" to serve the app`);
    return;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });
  app.get('/b/*', (_request, reply) => reply.sendFile('index.html'));
}
