import { sizeInWords } from '@washup/shared/rules';
import { Refused } from './refused';

/**
 * What a route takes as its body, in words, for refusing a body Fastify turns away before the
 * route sees it: `what` names the thing sent ("the picture"), `types` the kinds it may be.
 * Set as the route's `config.body`; a route without it takes JSON.
 */
export interface BodyWording {
  what: string;
  types: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    body?: BodyWording;
  }
}

const jsonBody: BodyWording = { what: 'the request', types: 'JSON' };

/**
 * Fastify's own refusals of a body (too large for the route's limit, a Content-Type no parser
 * takes) in Washup's words, as the refusals of a route's own rules are; null for any other error.
 */
export function bodyRefusal(errorCode: string | undefined, bodyLimit: number, declaredType: string | undefined, wording: BodyWording = jsonBody): Refused | null {
  if (errorCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new Refused('too_large', 'body_too_large', `${wording.what} is larger than ${sizeInWords(bodyLimit)}, the most Washup takes here; nothing was saved. Make it smaller and try again.`);
  }
  if (errorCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const declared = declaredType?.split(';')[0]?.trim().slice(0, 60) || 'no type';
    return new Refused('unsupported_type', 'unsupported_type', `${wording.what} must be ${wording.types}, not ${declared}; nothing was saved.`);
  }
  return null;
}
