/**
 * Benchmark parameters: defaults, a `--quick` set for smoke runs, then environment variables
 * (`BENCH_FANOUT_ROOMS=…`), then command-line flags (`--fanout-rooms=…` or `--fanout-rooms …`).
 */

export const serverKinds = ['washup', 'y-websocket', 'hocuspocus'] as const;
export type ServerKind = (typeof serverKinds)[number];

export const workloadNames = ['fanout', 'hot', 'durability', 'cold', 'idle', 'trust'] as const;
export type WorkloadName = (typeof workloadNames)[number];

export interface NumericParams {
  /** Fan-out: rooms, clients per room, aggregate edits per second, seconds of steady load. */
  fanoutRooms: number;
  fanoutClients: number;
  fanoutRate: number;
  fanoutSeconds: number;
  /** Hot room: editors at editHz with presence at awarenessHz, plus read-only viewers. */
  hotEditors: number;
  hotViewers: number;
  hotEditHz: number;
  hotAwarenessHz: number;
  hotSeconds: number;
  /** The hot room again at a size whose clients this machine can follow (0 editors: skipped). */
  hotSmallEditors: number;
  hotSmallViewers: number;
  /** Durability: SIGKILLs per server, and the window (ms) in which each kill falls. */
  kills: number;
  killMinMs: number;
  killMaxMs: number;
  /** Cold join: cards in the board and updates of history (including the cards' creation). */
  coldCards: number;
  coldUpdates: number;
  coldWarmJoins: number;
  /** Idle cost: rooms with one socket each, then extra sockets spread over them, then cycles. */
  idleRooms: number;
  idleSockets: number;
  cycles: number;
  cycleConcurrency: number;
  /**
   * A trust's day: boards × people live at once, each person editing every `trustEditSeconds` with
   * presence at `trustPresenceHz`, on one relay (SQLite) and on `trustRelays` relays sharing
   * PostgreSQL and Redis (0: only the one relay). Washup only.
   */
  trustBoards: number;
  trustPeople: number;
  trustEditSeconds: number;
  trustPresenceHz: number;
  trustSeconds: number;
  trustRelays: number;
  /** Client worker processes for the multi-client workloads. */
  clientProcesses: number;
  /** Times the whole run repeats, servers interleaved within each repetition; tables then show median (min–max). */
  repeat: number;
  /** Longest wait after the load stops for late receipts (it ends 1.5 s after the last one); what has not arrived by then counts as missing. */
  drainMs: number;
}

export interface Params extends NumericParams {
  quick: boolean;
  servers: ServerKind[];
  workloads: WorkloadName[];
  /** Run Washup once more under `node --cpu-prof` in its worst workload. */
  profile: boolean;
  /** Which workloads the profile runs: the one where Washup's p99 was worst, and/or named ones. */
  profileWorkloads: Array<'worst' | 'fanout' | 'hot' | 'hot-small'>;
  /** Where the markdown result is written (relative to the repository root). */
  out: string;
}

const full: NumericParams = {
  fanoutRooms: 100,
  fanoutClients: 15,
  fanoutRate: 350,
  fanoutSeconds: 20,
  hotEditors: 50,
  hotViewers: 50,
  hotEditHz: 10,
  hotAwarenessHz: 30,
  hotSeconds: 15,
  hotSmallEditors: 10,
  hotSmallViewers: 10,
  kills: 10,
  killMinMs: 300,
  killMaxMs: 2500,
  coldCards: 5000,
  coldUpdates: 100_000,
  coldWarmJoins: 3,
  idleRooms: 500,
  idleSockets: 1000,
  cycles: 10_000,
  cycleConcurrency: 40,
  trustBoards: 200,
  trustPeople: 10,
  trustEditSeconds: 3,
  trustPresenceHz: 1,
  trustSeconds: 30,
  trustRelays: 2,
  clientProcesses: 2,
  repeat: 1,
  drainMs: 30_000,
};

const quick: NumericParams = {
  ...full,
  fanoutRooms: 10,
  fanoutClients: 5,
  fanoutRate: 50,
  fanoutSeconds: 4,
  hotEditors: 8,
  hotViewers: 8,
  hotSeconds: 4,
  hotSmallEditors: 0,
  kills: 2,
  coldCards: 300,
  coldUpdates: 3000,
  coldWarmJoins: 1,
  idleRooms: 30,
  idleSockets: 60,
  cycles: 300,
  cycleConcurrency: 10,
  trustBoards: 20,
  trustPeople: 5,
  trustSeconds: 5,
  drainMs: 10_000,
};

/** Hard limits, so a typo cannot start a run that never ends or floods the machine. */
const maxima: Partial<Record<keyof NumericParams, number>> = {
  fanoutRooms: 2000,
  fanoutClients: 200,
  fanoutRate: 20_000,
  fanoutSeconds: 600,
  hotEditors: 1000,
  hotViewers: 5000,
  hotEditHz: 100,
  hotAwarenessHz: 120,
  hotSeconds: 600,
  hotSmallEditors: 1000,
  hotSmallViewers: 5000,
  kills: 200,
  coldCards: 100_000,
  coldUpdates: 2_000_000,
  coldWarmJoins: 20,
  idleRooms: 10_000,
  idleSockets: 20_000,
  cycles: 200_000,
  cycleConcurrency: 500,
  trustBoards: 2000,
  trustPeople: 50,
  trustEditSeconds: 3600,
  trustPresenceHz: 30,
  trustSeconds: 600,
  trustRelays: 4,
  clientProcesses: 8,
  repeat: 10,
  drainMs: 60_000,
};

function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function envName(key: string): string {
  return `BENCH_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

export const usage = `Usage: pnpm bench [--quick] [--servers=washup,y-websocket,hocuspocus]
                  [--workloads=fanout,hot,durability,cold,idle,trust,board,visit,canvas,guard] [--repeat=3] [--profile | --no-profile]
                  [--profile-workloads=worst,fanout (any of worst, fanout, hot, hot-small)]
                  [--out=tests/load/results/latest.md] [--<param>=<n> ...]
Numeric parameters (flag, environment variable, default / quick):
${Object.keys(full)
  .map((key) => {
    const k = key as keyof NumericParams;
    return `  --${flagName(key)}  ${envName(key)}  ${full[k]} / ${quick[k]}`;
  })
  .join('\n')}
Every flag can also be given as an environment variable: BENCH_QUICK=1, BENCH_SERVERS=…, BENCH_WORKLOADS=…, BENCH_PROFILE=0|1.`;

/** Reads `--name=value`, `--name value` and bare `--name` flags. */
function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${usage}`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(arg.slice(2), next);
        i++;
      } else {
        flags.set(arg.slice(2), 'true');
      }
    }
  }
  return flags;
}

function truthy(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return !['0', 'false', 'no', 'off', ''].includes(value.toLowerCase());
}

function list<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) throw new Error(`unknown ${what} "${item}" (one of ${allowed.join(', ')})`);
  }
  return items as T[];
}

export function parseParams(argv: readonly string[], env: NodeJS.ProcessEnv): Params {
  const flags = readFlags(argv);
  if (flags.has('help')) {
    console.log(usage);
    process.exit(0);
  }
  const get = (key: string): string | undefined => flags.get(flagName(key)) ?? env[envName(key)];
  const isQuick = truthy(get('quick')) ?? false;
  const base = isQuick ? quick : full;
  const numeric = { ...base };
  const known = new Set(['quick', 'servers', 'workloads', 'profile', 'no-profile', 'profile-workloads', 'out', 'help']);
  for (const key of Object.keys(full) as Array<keyof NumericParams>) {
    known.add(flagName(key));
    const raw = get(key);
    if (raw === undefined) continue;
    const value = Number(raw);
    const max = maxima[key] ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(value) || value < 0 || value > max) {
      throw new Error(`--${flagName(key)} must be a number from 0 to ${max}, got "${raw}"`);
    }
    numeric[key] = value;
  }
  for (const name of flags.keys()) {
    if (!known.has(name)) throw new Error(`unknown flag --${name}\n${usage}`);
  }
  const profileFlag = flags.has('no-profile') ? false : truthy(flags.get('profile') ?? env.BENCH_PROFILE);
  if (numeric.killMaxMs < numeric.killMinMs) throw new Error('--kill-max-ms must be at least --kill-min-ms');
  if (numeric.coldUpdates < numeric.coldCards) throw new Error('--cold-updates must be at least --cold-cards');
  numeric.clientProcesses = Math.max(1, Math.round(numeric.clientProcesses));
  numeric.repeat = Math.max(1, Math.round(numeric.repeat));
  if (numeric.trustEditSeconds <= 0) throw new Error('--trust-edit-seconds must be above 0');
  return {
    ...numeric,
    quick: isQuick,
    servers: list(flags.get('servers') ?? env.BENCH_SERVERS ?? serverKinds.join(','), serverKinds, 'server'),
    workloads: list(flags.get('workloads') ?? env.BENCH_WORKLOADS ?? workloadNames.join(','), workloadNames, 'workload'),
    profile: profileFlag ?? !isQuick,
    profileWorkloads: list(flags.get('profile-workloads') ?? env.BENCH_PROFILE_WORKLOADS ?? 'worst,fanout', ['worst', 'fanout', 'hot', 'hot-small'] as const, 'profile workload'),
    out: flags.get('out') ?? env.BENCH_OUT ?? 'tests/load/results/latest.md',
  };
}
