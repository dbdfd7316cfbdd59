import type { FastifyRequest } from 'fastify';

const tokenParam = /([?&]token=)[^&#]*/gi;

/** A request URL as it may be written to a log: any `token` query value is replaced. */
export function urlWithoutTokens(url: string): string {
  return url.replace(tokenParam, '$1[redacted]');
}

/**
 * Fastify's request log entry with the URL's tokens redacted. Download links (report.md?token=)
 * and older clients' sync sockets carry a participant's token in the query string, and a token in
 * a log is a key to the board for anyone who can read the log.
 */
export function redactedRequestLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: urlWithoutTokens(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
