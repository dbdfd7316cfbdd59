import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';
import type { PeerBus } from '../sync/peerBus';

/**
 * Liveness, readiness and the server clock that clients measure their offset against (`/metrics` is
 * in metricsRoute). `/healthz` answers 200 while the process runs (restarting it would not free a
 * full disk nor bring Redis back) and says in `ok`, `storage` and, with several relays, `redis`
 * whether they work; `/readyz` answers 503 while one does not, so a load balancer sends people to
 * a relay that can save their work and pass it to everyone on the board.
 */
export async function healthRoutes(app: FastifyInstance, deps: { metrics: Metrics; storage: Storage; peers: PeerBus | null }): Promise<void> {
  const health = async () => {
    const storage = await deps.storage.health();
    const redis = deps.peers?.health();
    return { ok: storage.ok && (redis?.ok ?? true), storage, ...(redis ? { redis } : {}) };
  };
  app.get('/healthz', health);
  app.get('/readyz', async (_request, reply) => {
    const { ok, ...parts } = await health();
    return reply.code(ok ? 200 : 503).send({ ready: ok, ...parts });
  });
  app.get('/api/time', async () => ({ now: Date.now() }));
}
