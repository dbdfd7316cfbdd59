import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';

/** Liveness, counters, and the server clock that clients measure their offset against. */
export async function healthRoutes(app: FastifyInstance, deps: { metrics: Metrics; storage: Storage }): Promise<void> {
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/metrics', async (_request, reply) => {
    const body = deps.metrics.render(await deps.storage.storedBytes());
    return reply.type('text/plain; version=0.0.4').send(body);
  });
  app.get('/api/time', async () => ({ now: Date.now() }));
}
