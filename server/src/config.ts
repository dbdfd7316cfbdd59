import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

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
  MAX_FRAME_BYTES: positiveInt.default(8 * 1024 * 1024),
  /** A socket whose unsent data passes this is closed rather than allowed to grow the relay's memory. */
  MAX_BUFFERED_BYTES: positiveInt.default(16 * 1024 * 1024),
  ROOM_IDLE_MS: z.coerce.number().int().nonnegative().default(5000),
  COMPACT_AFTER_UPDATES: positiveInt.default(300),
  AWARENESS_THROTTLE_MS: z.coerce.number().int().nonnegative().default(30),
  CLIENT_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((config) => !config.DATABASE_URL || config.WASHUP_SECRET, {
  // Relays sharing a database must sign tokens alike; a key generated into one DATA_DIR would not be.
  message: 'WASHUP_SECRET is required with DATABASE_URL, so every relay on the database signs tokens alike',
  path: ['WASHUP_SECRET'],
}).refine((config) => !config.REDIS_URL || config.DATABASE_URL, {
  // Relays that share live rooms must also share storage, or each would load a different board.
  message: 'REDIS_URL needs DATABASE_URL: relays that fan out to each other must share one database',
  path: ['REDIS_URL'],
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

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
