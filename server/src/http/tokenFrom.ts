import type { FastifyRequest } from 'fastify';

/** The token from `Authorization: Bearer`, `?token=`, or a WebSocket subprotocol. */
export function tokenFrom(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.token === 'string' && query.token.length > 0) return query.token;
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    const candidate = protocols.split(',').map((p) => p.trim()).find((p) => p.includes('.'));
    if (candidate) return candidate;
  }
  return null;
}
