import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';

/**
 * Liveness, readiness and the server clock that clients measure their offset against (`/metrics` is
 * in metricsRoute). `/healthz` answers 200 while the process runs (restarting it would not free a
 * full disk) and says in `ok` and `storage` whether storage works; `/readyz` answers 503 while it
 * does not, so a load balancer sends people to a relay that can save their work.
 */
export async function healthRoutes(app: FastifyInstance, deps: { metrics: Metrics; storage: Storage }): Promise<void> {
  app.get('/healthz', async () => {
    const storage = await deps.storage.health();
    return { ok: storage.ok, storage };
  });
  app.get('/readyz', async (_request, reply) => {
    const storage = await deps.storage.health();
    return reply.code(storage.ok ? 200 : 503).send({ ready: storage.ok, storage });
  });
  app.get('/api/time', async () => ({ now: Date.now() }));
}
