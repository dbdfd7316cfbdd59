import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { bodyRefusal } from '../refusals/bodyRefusals';
import { Refused } from '../refusals/refused';
import { StorageUnavailable } from '../storage/storageUnavailable';
import { PeersUnavailable } from '../sync/peerBus';
import { refusalStatus } from './refusalStatus';

/** A disk being freed or a database server restarting takes a while; asking again sooner only adds load. */
const storageRetryAfterSeconds = 30;

/**
 * Every error leaves as `{ error: { code, message } }`; never a stack trace. A service's `Refused`
 * gets its kind's status, and so does a body Fastify turns away (in Washup's words, bodyRefusals.ts);
 * storage that cannot save gets 503.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refused = error instanceof Refused ? error : bodyRefusal(error.code, request.routeOptions.bodyLimit, request.headers['content-type'], request.routeOptions.config.body);
    if (refused) {
      return reply.code(refusalStatus[refused.kind]).send({ error: { code: refused.code, message: refused.message } });
    }
    if (error instanceof StorageUnavailable) {
      request.log.error({ err: error.cause, reason: error.reason }, 'storage is unavailable');
      return reply
        .code(503)
        .header('retry-after', String(storageRetryAfterSeconds))
        .send({ error: { code: 'storage_unavailable', reason: error.reason, message: `${error.message}; nothing was saved, try again later` } });
    }
    if (error instanceof PeersUnavailable) {
      return reply.code(503).header('retry-after', String(storageRetryAfterSeconds)).send({ error: { code: 'relays_unreachable', message: error.message } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation
        .map((issue) => {
          const where = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
          return where ? `${where}: ${issue.message}` : issue.message;
        })
        .join('; ');
      return reply.code(400).send({ error: { code: 'invalid_request', message: `invalid ${error.validationContext ?? 'request'}: ${details}` } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: error.code ?? 'bad_request', message: error.message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on the server' } });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: { code: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}` } });
  });
}
