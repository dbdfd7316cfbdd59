import type { AddressInfo } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { isLoopbackHost, lanAddresses, servesTheRoom } from './roomAddresses';

/** The address the relay listens on, once it listens on a port. */
function listeningOn(request: FastifyRequest): AddressInfo | null {
  const address = request.server.server.address();
  return address && typeof address === 'object' ? address : null;
}

/**
 * Where invite links point: PUBLIC_URL when set, otherwise the address this request came to. When
 * the relay serves the room (listens on every interface) but the Lead Reviewer opened it as
 * 127.0.0.1 or localhost on the same machine, that address means nothing on a phone: the links
 * use the machine's network address instead.
 */
export function baseUrlOf(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const listening = listeningOn(request);
  if (listening && servesTheRoom(listening.address) && isLoopbackHost(request.hostname)) {
    const [lan] = lanAddresses();
    if (lan) return `${request.protocol}://${lan}:${request.port ?? listening.port}`;
  }
  return `${request.protocol}://${request.host}`;
}
