import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tokenFrom } from './tokenFrom';
import type { TokenSigner } from '../auth/tokens';
import { Refused } from '../refusals/refused';
import { clientAddress } from './clientAddress';

export interface RateLimitSettings {
  requestsPerMinute: number;
  boardsPerHour: number;
  joinsPerMinute: number;
  commandsPerMinute: number;
}

/** An onRequest hook that answers 429 with Retry-After once its key has used up its window. */
export type RequestLimit = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** The limits routes attach to themselves, beside the per-address limit every request passes. */
export interface RouteLimits {
  createBoard: RequestLimit;
  join: RequestLimit;
  /** Typing join codes: guesses, for someone without one, so counted per address across boards. */
  joinCode: RequestLimit;
  command: RequestLimit;
}

interface Rule {
  /** What was done too often, for the message: "boards created from your address". */
  what: string;
  max: number;
  windowMs: number;
  per: string;
  key: (request: FastifyRequest) => string;
}

const minute = 60_000;
const hour = 60 * minute;

/**
 * Request rate limits, counted in this relay's memory (several relays each count their own).
 * Every request and socket upgrade counts against its client address; creating a board, joining
 * and sending commands or ballots have tighter limits of their own, because each writes storage.
 */
export async function installRateLimits(app: FastifyInstance, settings: RateLimitSettings, signer: TokenSigner): Promise<RouteLimits> {
  await app.register(fastifyRateLimit, { global: false });

  const limit = (rule: Rule): RequestLimit => {
    if (rule.max === 0) return async () => {};
    const check = app.createRateLimit({ max: rule.max, timeWindow: rule.windowMs, keyGenerator: rule.key });
    return async (request, reply) => {
      const outcome = await check(request);
      if (outcome.isAllowed || !outcome.isExceeded) return;
      reply.header('retry-after', outcome.ttlInSeconds);
      throw new Refused(
        'too_many',
        'rate_limited',
        `too many ${rule.what} (at most ${rule.max} ${rule.per}); try again in ${inWords(outcome.ttlInSeconds)}`,
      );
    };
  };

  app.addHook(
    'onRequest',
    limit({ what: 'requests from your address', max: settings.requestsPerMinute, windowMs: minute, per: 'a minute', key: clientAddress }),
  );
  return {
    createBoard: limit({ what: 'boards created from your address', max: settings.boardsPerHour, windowMs: hour, per: 'an hour', key: clientAddress }),
    join: limit({
      what: 'joins to this board from your address',
      max: settings.joinsPerMinute,
      windowMs: minute,
      per: 'a minute',
      key: (request) => `${clientAddress(request)} ${(request.params as { id?: unknown }).id}`,
    }),
    joinCode: limit({ what: 'join codes tried from your address', max: settings.joinsPerMinute, windowMs: minute, per: 'a minute', key: clientAddress }),
    command: limit({
      what: 'commands and ballots with this link',
      max: settings.commandsPerMinute,
      windowMs: minute,
      per: 'a minute',
      key: (request) => tokenKey(request, signer),
    }),
  };
}

function inWords(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * A signed token is its own key; anything else counts against the address, so made-up tokens
 * cannot each open a fresh allowance (or push real tokens' counts out of the limiter's memory).
 */
function tokenKey(request: FastifyRequest, signer: TokenSigner): string {
  const token = tokenFrom(request);
  return token && signer.verify(token) ? `token ${token}` : `address ${clientAddress(request)}`;
}
