import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { clientCacheControl, unservedClientFiles } from '../http/clientCaching';

/**
 * Serves the built React app; any other page path (a board link such as /b/<id>) gets index.html,
 * so links open the app, while unknown /api and /sync paths still answer 404 in JSON.
 *
 * Only the files found at start are served (no wildcard: nothing outside them, and no source map,
 * is reachable by any path). Each is sent as the brotli or gzip copy the build wrote beside it when
 * the browser's Accept-Encoding allows, with `Vary: Accept-Encoding` so caches keep the copies apart.
 */
export async function clientRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn(`no built client in ${distDir}; run "pnpm build" to serve the app`);
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: ['index.html'],
    globIgnore: unservedClientFiles,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, file) => {
      const served = path.relative(distDir, file).split(path.sep).join('/').replace(/\.(br|gz)$/, '');
      response.setHeader('cache-control', clientCacheControl(served));
      response.setHeader('vary', 'Accept-Encoding');
    },
  });
  app.get('/b/*', (_request, reply) => reply.sendFile('index.html'));
}
