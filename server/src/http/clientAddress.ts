import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

/**
 * The address limits are counted against: the client's IP as the trusted proxies report it
 * (TRUST_PROXY), with an IPv6 address widened to its /64, since one home or school network holds a
 * whole /64 and could otherwise take a fresh address for every request.
 */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}
