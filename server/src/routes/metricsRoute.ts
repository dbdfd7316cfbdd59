import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics';
import { Refused } from '../refusals/refused';
import type { Storage } from '../storage/storage';

export interface MetricsRouteDeps {
  metrics: Metrics;
  storage: Storage;
  /** METRICS_TOKEN; unset, only requests made directly on this machine may read the counters. */
  token: string | undefined;
}

/**
 * `GET /metrics` (Prometheus text). The counters describe every board on the relay, so they are not
 * public: with METRICS_TOKEN set a scraper sends it as a bearer token; without it, only a request
 * from a loopback address that did not come through a proxy is answered, and everyone else gets 404.
 */
export async function metricsRoute(app: FastifyInstance, deps: MetricsRouteDeps): Promise<void> {
  app.get('/metrics', async (request, reply) => {
    if (deps.token === undefined) {
      if (!isDirectFromThisMachine(request)) {
        throw new Refused('not_found', 'not_found', '/metrics answers only on this machine unless METRICS_TOKEN is set');
      }
    } else if (!sameSecret(bearerOf(request), deps.token)) {
      throw new Refused('unauthenticated', 'metrics_token_required', '/metrics needs the METRICS_TOKEN as a bearer token');
    }
    const body = deps.metrics.render(await deps.storage.storedBytes());
    return reply.type('text/plain; version=0.0.4').send(body);
  });
}

function isDirectFromThisMachine(request: FastifyRequest): boolean {
  // The socket's own peer, not request.ip: a reverse proxy on this machine connects from loopback
  // on behalf of anyone, and says so with X-Forwarded-For.
  const peer = request.socket.remoteAddress ?? '';
  const loopback = isIP(peer) === 4 ? peer.startsWith('127.') : peer === '::1' || peer.startsWith('::ffff:127.');
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}

function bearerOf(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
