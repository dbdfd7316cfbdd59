import path from 'node:path';
import { z } from 'zod';
import { tldrawLicenseKeySchema } from '@washup/shared/canvas';
import { exitCodes, StartupError } from './startupError';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const limit = z.coerce.number().int().nonnegative();

/** Fastify's `trustProxy`: a boolean, or comma-separated addresses and CIDRs (`loopback` among the names it knows). */
function trustProxySetting(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}

export const configSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Signs invite and participant tokens; generated once and kept in DATA_DIR when not given. */
  WASHUP_SECRET: z.string().min(32, 'WASHUP_SECRET must be at least 32 characters').optional(),
  /** The address people open, used in invite links; taken from each request's Host header when unset. */
  PUBLIC_URL: z.url().optional(),
  /** Store boards in this PostgreSQL database instead of the SQLite file in DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL').optional(),
  /** Fan updates out between several relays through this Redis server (needs DATABASE_URL). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  /** Caps the SQLite file: writes past it fail as on a full disk (answered 503), which also lets tests fill "the disk". */
  SQLITE_MAX_BYTES: positiveInt.optional(),
  MAX_FRAME_BYTES: positiveInt.default(8 * 1024 * 1024),
  /** A socket whose unsent data passes this is closed rather than allowed to grow the relay's memory. */
  MAX_BUFFERED_BYTES: positiveInt.default(16 * 1024 * 1024),
  ROOM_IDLE_MS: z.coerce.number().int().nonnegative().default(5000),
  COMPACT_AFTER_UPDATES: positiveInt.default(300),
  /** How often the relay looks for boards whose retention ran out (and deletes them); at least a second. */
  RETENTION_CHECK_MS: z.coerce.number().int().min(1000, 'RETENTION_CHECK_MS must be at least 1000 (one second)').default(600_000),
  AWARENESS_THROTTLE_MS: z.coerce.number().int().nonnegative().default(30),
  /** Each sync socket, and all sockets of one token together: frames and bytes a second (bursts of 2 s pass). */
  SOCKET_FRAMES_PER_SECOND: positiveInt.default(200),
  /** Counts what a socket sends and the whole-document answers it asks for; over it, the socket is closed. */
  SOCKET_BYTES_PER_SECOND: positiveInt.default(8 * 1024 * 1024),
  TOKEN_FRAMES_PER_SECOND: positiveInt.default(5000),
  TOKEN_BYTES_PER_SECOND: positiveInt.default(64 * 1024 * 1024),
  PRESENCE_FRAMES_PER_SECOND: positiveInt.default(100),
  /** Whose X-Forwarded-For to believe for the client's address: `loopback`, addresses or CIDRs, `true`, `false`. */
  TRUST_PROXY: z.string().min(1).default('loopback').transform(trustProxySetting),
  /** Per client address, every request and socket upgrade; 0 turns a limit off. */
  RATE_LIMIT_REQUESTS_PER_MINUTE: limit.default(1200),
  /** Per client address: board creation needs no credentials, so it is the cheapest thing to flood. */
  RATE_LIMIT_BOARDS_PER_HOUR: limit.default(30),
  /** Per client address and board. */
  RATE_LIMIT_JOINS_PER_MINUTE: limit.default(60),
  /** Per token: commands and ballots. */
  RATE_LIMIT_COMMANDS_PER_MINUTE: limit.default(240),
  /** Live sync sockets per token and per client address; more are refused before the upgrade. */
  MAX_SOCKETS_PER_TOKEN: limit.default(16),
  MAX_SOCKETS_PER_ADDRESS: limit.default(256),
  /** A request whose headers and body have not all arrived by then is cut off (a slowly dripped body). */
  REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  /** `/metrics` answers `Authorization: Bearer <METRICS_TOKEN>`; unset, only direct requests from this machine. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  CLIENT_DIST: z.string().optional(),
  /** All of one board's canvas pictures together may take this much; an upload past it is refused (413) with a message. */
  BOARD_PICTURES_MAX_BYTES: positiveInt.default(128 * 1024 * 1024),
  /** tldraw's licence key, handed to the canvas; without one tldraw runs over http and on loopback only. */
  TLDRAW_LICENSE_KEY: tldrawLicenseKeySchema.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((config) => !config.DATABASE_URL || config.WASHUP_SECRET, {
  // Relays sharing a database must sign tokens alike; a key generated into one DATA_DIR would not be.
  message: 'WASHUP_SECRET is required with DATABASE_URL, so every relay on the database signs tokens alike',
  path: ['WASHUP_SECRET'],
}).refine((config) => config.HEADERS_TIMEOUT_MS <= config.REQUEST_TIMEOUT_MS, {
  // Node refuses a server whose headers may take longer than the whole request.
  message: 'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS',
  path: ['HEADERS_TIMEOUT_MS'],
}).refine((config) => !config.REDIS_URL || config.DATABASE_URL, {
  // Relays that share live rooms must also share storage, or each would load a different board.
  message: 'REDIS_URL needs DATABASE_URL: relays that fan out to each other must share one database',
  path: ['REDIS_URL'],
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends StartupError {
  constructor(message: string) {
    super(message, exitCodes.config);
  }
}

/** Reads the environment once at start; a bad value stops the relay with a message naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Washup cannot start: bad configuration\n${problems.join('\n')}`);
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}
