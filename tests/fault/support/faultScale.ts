/**
 * How hard the fault suite pushes. `pnpm test` runs the short scale within CI's time;
 * `pnpm test:faults` sets FAULT_SCALE=full. FAULT_SEED replays a run from the seed it printed.
 */
const full = process.env.FAULT_SCALE === 'full';

export const faultScale = {
  full,
  name: full ? 'full' : 'short',
  seed: process.env.FAULT_SEED ? Number(process.env.FAULT_SEED) : Math.floor(Math.random() * 2 ** 31),
  fuzz: {
    frames: full ? 1_000_000 : 60_000,
    sockets: full ? 24 : 8,
    /** The fuzz run stops at this time even if the frame count is not reached (and the test then fails). */
    deadlineMs: full ? 25 * 60_000 : 60_000,
    bystanderEditEveryMs: 100,
  },
  /** The scale-out suite: three relays behind HAProxy on PostgreSQL and Redis. */
  scaleOut: {
    relayKills: full ? 20 : 1,
    coldJoins: full ? 100 : 10,
    postgresRestarts: full ? 5 : 1,
    redisRestarts: full ? 5 : 1,
  },
  stall: {
    durationMs: full ? 60_000 : 8_000,
    seedCards: full ? 3_000 : 1_500,
  },
} as const;

if (process.env.FAULT_SEED && !Number.isInteger(faultScale.seed)) {
  throw new Error(`FAULT_SEED must be an integer, got ${process.env.FAULT_SEED}`);
}
