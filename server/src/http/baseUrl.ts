import type { FastifyRequest } from 'fastify';

/** Where invite links point: PUBLIC_URL when set, otherwise the address this request came to. */
export function baseUrlOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
}
