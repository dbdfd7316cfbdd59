import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '../../server/test/support/postgresServer';
import { startRedis } from '../../server/test/support/redisServer';
import { freePort } from '../support/relayProcess';
import { generateHistory, seededRandom, wallNow, writeHistoryFile } from './board';
import { parseParams, serverKinds, type ServerKind } from './params';
import { CpuWindow, ForeignCpuWindow, RssSampler, directoryBytes, machineInfo, rssBytes, type MachineInfo } from './proc';
import { mainThreadProfile, type ProfileSummary } from './profile';
import type { EditClientSpec, EditRunResult } from './protocol';
import { cell, combineRuns, formatNumber, kib, median, mergeSorted, mib, percentile, renderTable, textCell, type Row } from './report';
import { prepareRooms, repoRoot, serverLabels, sleep, startServer, type RunningServer, type StartOptions } from './servers';
import { stackFloorRss } from './stackFloor';
import { collectVersions, type Versions } from './versions';
import { WorkerHandle, withWorkers } from './workerHandle';

/**
 * `pnpm bench`: Washup's relay against the y-websocket server and Hocuspocus, same machine, same
 * run, driven by real clients in separate processes. Progress goes to stderr; the markdown table
 * goes to stdout and to tests/load/results/latest.md.
 */

const params = parseParams(process.argv.slice(2), process.env);
const runDir = mkdtempSync(path.join(os.tmpdir(), 'washup-bench-'));
const random = seededRandom(Date.now());
const runStarted = Date.now();

function progress(message: string): void {
  const elapsed = ((Date.now() - runStarted) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${elapsed}s] ${message}\n`);
}

let serverCounter = 0;
async function launch(kind: ServerKind, label: string, dataDir?: string, options: StartOptions = {}): Promise<RunningServer> {
  const dir = dataDir ?? path.join(runDir, `${kind}-${label}-${++serverCounter}`);
  mkdirSync(dir, { recursive: true });
  return startServer(kind, dir, path.join(runDir, `${kind}-${label}.log`), options);
}

// ------------------------------------------------------------------ edit workloads

interface EditFigures {
  clients: number;
  connected: number;
  connectFailures: string[];
  connectMs: number;
  sent: number;
  expected: number;
  received: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  awarenessSent: number;
  awarenessExpected: number;
  awarenessReceived: number;
  awarenessP50: number | null;
  awarenessP99: number | null;
  cpuPercent: number | null;
  /** CPU used by processes outside the benchmark during the send window (% of one core). */
  foreignCpuPercent: number | null;
  /** Before the clients connect (with their rooms created). */
  rssIdle: number | null;
  rssStart: number | null;
  rssPeak: number;
  rssEnd: number | null;
  disconnects: number;
  connectedAtEnd: number;
  clientLoopP99Ms: number;
  sendLagMaxMs: number;
  maxBySecond: number[];
}

interface EditShape {
  prefix: string;
  rooms: number;
  clientsPerRoom: number;
  editorsPerRoom: number;
  seconds: number;
  /** Aggregate rates over every editor. */
  editRate: number;
  awarenessRate: number;
}

/** Summed over the relays of a group (null when any is unknown). */
function summed(group: RunningServer[], read: (server: RunningServer) => number | null): number | null {
  const values = group.map(read);
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

/**
 * Runs an edit workload against one server, or against a group of relays sharing storage: client
 * process i then connects to relay i mod n, so each room's people are spread over the relays.
 * CPU and memory figures are the group's sums.
 */
async function runEditWorkload(group: RunningServer[], shape: EditShape): Promise<EditFigures> {
  const [server] = group;
  if (!server) throw new Error('an edit workload needs a server');
  const rooms = await prepareRooms(server, shape.prefix, shape.rooms);
  const rssIdle = summed(group, (s) => rssBytes(s.pid));
  return withWorkers(params.clientProcesses, async (workers) => {
    const assignments: EditClientSpec[][] = workers.map(() => []);
    let global = 0;
    rooms.forEach((room, roomIndex) => {
      for (let c = 0; c < shape.clientsPerRoom; c++) {
        assignments[global++ % workers.length]?.push({ room, roomIndex, editor: c < shape.editorsPerRoom });
      }
    });
    const totalClients = rooms.length * shape.clientsPerRoom;
    progress(`  connecting ${totalClients} clients from ${workers.length} processes`);
    const connects = await Promise.all(
      workers.map((w, i) => w.call('edit.connect', { endpoint: (group[i % group.length] ?? server).endpoint, clients: assignments[i] ?? [], concurrency: 20, timeoutMs: 240_000 }, 300_000)),
    );
    const connected = connects.reduce((n, c) => n + c.connected, 0);
    const connectMs = Math.max(...connects.map((c) => c.ms));
    progress(`  ${connected}/${totalClients} synced in ${(connectMs / 1000).toFixed(1)} s; running ${shape.seconds} s`);
    await sleep(1500);
    const totalEditors = rooms.length * shape.editorsPerRoom;
    const startAt = wallNow() + 1000;
    const rssStart = summed(group, (s) => rssBytes(s.pid));
    const samplers = group.map((s) => new RssSampler(s.pid));
    let cpu: CpuWindow[] | null = null;
    let foreign: ForeignCpuWindow | null = null;
    let cpuPercent: number | null = null;
    let foreignCpuPercent: number | null = null;
    const cpuStart = setTimeout(() => {
      cpu = group.map((s) => new CpuWindow(s.pid));
      foreign = new ForeignCpuWindow([...group.map((s) => s.pid), ...workers.map((w) => w.pid)]);
    }, startAt - wallNow());
    const cpuEnd = setTimeout(() => {
      const windows = cpu as CpuWindow[] | null;
      const percents = windows?.map((window) => window.percent()) ?? null;
      cpuPercent = percents && percents.every((p) => p !== null) ? percents.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
      foreignCpuPercent = (foreign as ForeignCpuWindow | null)?.percent() ?? null;
    }, startAt - wallNow() + shape.seconds * 1000);
    let results: EditRunResult[];
    let rssPeak = 0;
    try {
      results = await Promise.all(
        workers.map((w, i) => {
          const editors = (assignments[i] ?? []).filter((s) => s.editor).length;
          const share = totalEditors > 0 ? editors / totalEditors : 0;
          return w.call(
            'edit.run',
            {
              startAt,
              seconds: shape.seconds,
              editRate: shape.editRate * share,
              awarenessRate: shape.awarenessRate * share,
              drainMs: params.drainMs,
              maxSamples: 4_000_000,
            },
            shape.seconds * 1000 + params.drainMs + 120_000,
          );
        }),
      );
    } finally {
      clearTimeout(cpuStart);
      clearTimeout(cpuEnd);
      // Also when a worker failed mid-run: a sampler left ticking would keep the run from exiting.
      rssPeak = samplers.reduce((sum, sampler) => sum + sampler.stop(), 0);
    }
    progress(`  worst latency by second (ms): ${Array.from({ length: Math.ceil(shape.seconds) }, (_, i) => Math.round(Math.max(0, ...results.map((r) => r.maxBySecond[i] ?? 0)))).join(' ')}`);
    const rssEnd = summed(group, (s) => rssBytes(s.pid));
    await Promise.all(workers.map((w) => w.call('edit.close', {}, 60_000).catch(() => undefined)));
    const sentPerRoom = new Array<number>(rooms.length).fill(0);
    for (const result of results) result.sentPerRoom.forEach((n, i) => (sentPerRoom[i] = (sentPerRoom[i] ?? 0) + n));
    const sent = sentPerRoom.reduce((a, b) => a + b, 0);
    const awarenessSent = results.reduce((n, r) => n + r.awarenessSent, 0);
    const edits = mergeSorted(results.map((r) => r.editLatencies));
    const awareness = mergeSorted(results.map((r) => r.awarenessLatencies));
    return {
      clients: totalClients,
      connected,
      connectFailures: connects.flatMap((c) => c.errors),
      connectMs,
      sent,
      expected: sent * (shape.clientsPerRoom - 1),
      received: results.reduce((n, r) => n + r.editReceipts, 0),
      p50: percentile(edits, 50),
      p99: percentile(edits, 99),
      max: edits.length ? (edits[edits.length - 1] ?? null) : null,
      awarenessSent,
      awarenessExpected: awarenessSent * (shape.clientsPerRoom - 1),
      awarenessReceived: results.reduce((n, r) => n + r.awarenessReceipts, 0),
      awarenessP50: percentile(awareness, 50),
      awarenessP99: percentile(awareness, 99),
      cpuPercent,
      foreignCpuPercent,
      rssIdle,
      rssStart,
      rssPeak,
      rssEnd,
      disconnects: results.reduce((n, r) => n + r.disconnects, 0),
      connectedAtEnd: results.reduce((n, r) => n + r.connectedAtEnd, 0),
      clientLoopP99Ms: Math.max(...results.map((r) => r.loopDelayP99Ms)),
      sendLagMaxMs: Math.max(...results.map((r) => r.sendLagMaxMs)),
      maxBySecond: Array.from({ length: Math.ceil(shape.seconds) }, (_, i) => Math.max(0, ...results.map((r) => r.maxBySecond[i] ?? 0))),
    };
  });
}

function fanoutShape(): EditShape {
  return {
    prefix: 'fanout',
    rooms: params.fanoutRooms,
    clientsPerRoom: params.fanoutClients,
    editorsPerRoom: params.fanoutClients,
    seconds: params.fanoutSeconds,
    editRate: params.fanoutRate,
    awarenessRate: 0,
  };
}

function hotShape(editors = params.hotEditors, viewers = params.hotViewers): EditShape {
  return {
    prefix: 'hot',
    rooms: 1,
    clientsPerRoom: editors + viewers,
    editorsPerRoom: editors,
    seconds: params.hotSeconds,
    editRate: editors * params.hotEditHz,
    awarenessRate: editors * params.hotAwarenessHz,
  };
}

const hotSmallShape = (): EditShape => hotShape(params.hotSmallEditors, params.hotSmallViewers);

async function editWorkload(kind: ServerKind, shape: EditShape, options: StartOptions = {}): Promise<{ figures: EditFigures; server: RunningServer }> {
  const server = await launch(kind, shape.prefix, undefined, options);
  try {
    return { figures: await runEditWorkload([server], shape), server };
  } finally {
    await server.stop('SIGTERM');
  }
}

// ------------------------------------------------------------------ durability

interface DurabilityFigures {
  kills: number;
  written: number;
  signalled: number;
  signalledMissing: number;
  observed: number;
  observedMissing: number;
  perKill: string[];
}

async function durabilityWorkload(kind: ServerKind): Promise<DurabilityFigures> {
  const dataDir = path.join(runDir, `${kind}-durability`);
  const port = await freePort();
  let server = await launch(kind, 'durability', dataDir, { port });
  const worker = await WorkerHandle.start();
  const signalled = new Set<string>();
  const observed = new Set<string>();
  const lostSignalled = new Set<string>();
  const lostObserved = new Set<string>();
  const perKill: string[] = [];
  let written = 0;
  try {
    const [room] = await prepareRooms(server, 'durability', 1);
    if (!room) throw new Error('no room');
    for (let round = 0; round < params.kills; round++) {
      await worker.call('durability.start', { endpoint: server.endpoint, room, round, maxWrites: 50_000, maxMs: params.killMaxMs + 10_000 }, 30_000);
      await sleep(params.killMinMs + random() * (params.killMaxMs - params.killMinMs));
      await server.stop('SIGKILL');
      const stopped = await worker.call('durability.stop', {}, 30_000);
      written += stopped.written;
      for (const value of stopped.signalled) signalled.add(value);
      for (const value of stopped.observed) observed.add(value);
      server = await launch(kind, 'durability', dataDir, { port });
      const { values } = await worker.call(
        'durability.read',
        { endpoint: server.endpoint, room, settleMs: kind === 'y-websocket' ? 1500 : 400, timeoutMs: 20_000 },
        40_000,
      );
      const present = new Set(values);
      const believed = kind === 'y-websocket' ? observed : signalled;
      for (const value of believed) if (!present.has(value)) lostSignalled.add(value);
      for (const value of observed) if (!present.has(value)) lostObserved.add(value);
      perKill.push(
        `kill ${round + 1}: ${stopped.written} written, ${stopped.signalled.length} signalled, ${stopped.observed.length} observed; ` +
          `after restart ${present.size} stored; lost so far: ${lostSignalled.size} believed saved, ${lostObserved.size} observed`,
      );
      progress(`  ${perKill.at(-1)}`);
    }
  } finally {
    await worker.close();
    await server.stop('SIGTERM');
  }
  const believed = kind === 'y-websocket' ? observed : signalled;
  return {
    kills: params.kills,
    written,
    signalled: believed.size,
    signalledMissing: lostSignalled.size,
    observed: observed.size,
    observedMissing: lostObserved.size,
    perKill,
  };
}

// ------------------------------------------------------------------ cold join

interface ColdFigures {
  updates: number;
  updateBytes: number;
  loadMs: number;
  /** From the last update relayed to the data folder standing still (null: still changing at the cap). */
  settleMs: number | null;
  acknowledged: boolean;
  diskBytes: number;
  coldJoinMs: number;
  coldSyncedEventMs: number;
  warmJoinMs: number | null;
  complete: boolean;
  cards: number;
  rssIdle: number | null;
  rssLoaded: number | null;
}

function historyFile(): string {
  const cacheDir = path.join(os.tmpdir(), 'washup-bench-cache');
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `history-${params.coldCards}-${params.coldUpdates}-v2.bin`);
  if (!existsSync(file)) {
    progress(`generating a board of ${params.coldCards} cards with ${params.coldUpdates} updates of history (cached in ${cacheDir})`);
    const history = generateHistory(params.coldCards, params.coldUpdates);
    // Renamed only once complete, so an interrupted run never leaves a short file behind.
    writeHistoryFile(`${file}.part`, history);
    renameSync(`${file}.part`, file);
  }
  return file;
}

/** Waits until the folder's size has not changed for `quietMs`; the time includes that quiet period. */
async function storageSettled(dir: string, quietMs: number, capMs: number): Promise<{ settled: boolean; ms: number }> {
  const started = Date.now();
  let size = directoryBytes(dir);
  let since = Date.now();
  while (Date.now() - started < capMs) {
    await sleep(250);
    const now = directoryBytes(dir);
    if (now !== size) {
      size = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return { settled: true, ms: since - started };
    }
  }
  return { settled: false, ms: Date.now() - started };
}

async function coldWorkload(kind: ServerKind, file: string): Promise<ColdFigures> {
  const dataDir = path.join(runDir, `${kind}-cold`);
  const port = await freePort();
  let server = await launch(kind, 'cold', dataDir, { port });
  let joiner: WorkerHandle | null = null;
  try {
    const [room] = await prepareRooms(server, 'cold', 1);
    if (!room) throw new Error('no room');
    const loader = await WorkerHandle.start();
    let load;
    try {
      progress(`  loading ${params.coldUpdates} updates through the normal write path`);
      load = await loader.call('cold.load', { endpoint: server.endpoint, room, historyFile: file, chunk: 2000, timeoutMs: 600_000 }, 660_000);
    } finally {
      await loader.close();
    }
    // y-websocket writes LevelDB from a queue behind the relay and Hocuspocus stores after a 2 s
    // debounce: wait until the data folder has not changed for 3 s before the clean stop.
    const settled = await storageSettled(dataDir, 3000, 300_000);
    progress(`  loaded in ${(load.ms / 1000).toFixed(1)} s; storage ${settled.settled ? 'settled' : 'still changing'} ${(settled.ms / 1000).toFixed(1)} s later; stopping, restarting cold`);
    await server.stop('SIGTERM');
    const diskBytes = directoryBytes(dataDir);
    joiner = await WorkerHandle.start();
    server = await launch(kind, 'cold', dataDir, { port });
    await sleep(2000);
    const rssIdle = rssBytes(server.pid);
    const join = { endpoint: server.endpoint, room, expectCards: params.coldCards, marker: params.coldUpdates, timeoutMs: 120_000 };
    const cold = await joiner.call('cold.join', join, 150_000);
    await sleep(1500);
    const rssLoaded = rssBytes(server.pid);
    const warm: number[] = [];
    for (let i = 0; i < params.coldWarmJoins; i++) warm.push((await joiner.call('cold.join', join, 150_000)).ms);
    await joiner.call('cold.leave', {}, 30_000);
    return {
      updates: load.updates,
      updateBytes: load.bytes,
      loadMs: load.ms,
      settleMs: settled.settled ? settled.ms : null,
      acknowledged: load.acknowledged,
      diskBytes,
      coldJoinMs: cold.ms,
      coldSyncedEventMs: cold.syncedEventMs,
      warmJoinMs: median(warm),
      complete: cold.complete,
      cards: cold.cards,
      rssIdle,
      rssLoaded,
    };
  } finally {
    await joiner?.close();
    await server.stop('SIGTERM');
  }
}

// ------------------------------------------------------------------ idle cost

interface IdleFigures {
  rooms: number;
  sockets: number;
  /** Just started: `startedSettleMs` after the server's first answer, before anything else. */
  rssStarted: number | null;
  /** Washup only: the stack it is built on, alone, taken the same way (tests/load/stackFloor.ts). */
  rssStackFloor: number | null;
  rssFresh: number | null;
  rssRooms: number | null;
  rssSockets: number | null;
  perRoomBytes: number | null;
  perSocketBytes: number | null;
  rssBeforeCycles: number | null;
  rssAfterCycles: number | null;
  cyclesDone: number;
  cyclesFailed: number;
  cyclesMs: number;
  openFailures: number;
}

function split<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => out[i % parts]?.push(item));
  return out;
}

/** The floor is a reference beside Washup's figures: if it cannot run, they are still taken. */
function floorFailed(error: unknown): null {
  progress(`  the stack floor did not run: ${error instanceof Error ? error.message : String(error)}`);
  return null;
}

/** How long after its first answer a just-started server's memory is taken: its start-up's garbage has had time to be collected. */
const startedSettleMs = 2000;

async function idleWorkload(kind: ServerKind): Promise<IdleFigures> {
  const rssStackFloor = kind === 'washup' ? await stackFloorRss(runDir, startedSettleMs).catch(floorFailed) : null;
  const server = await launch(kind, 'idle');
  try {
    await sleep(startedSettleMs);
    const rssStarted = rssBytes(server.pid);
    return await withWorkers(params.clientProcesses, async (workers) => {
      // Long enough for Washup to unload rooms it touched (ROOM_IDLE_MS, 5 s by default).
      const settleMs = 6500;
      const rooms = await prepareRooms(server, 'idle', params.idleRooms);
      const open = async (targets: typeof rooms): Promise<number> => {
        const parts = split(targets, workers.length);
        const results = await Promise.all(
          workers.map((w, i) => w.call('idle.open', { endpoint: server.endpoint, rooms: parts[i] ?? [], concurrency: 20, timeoutMs: 240_000 }, 300_000)),
        );
        return results.reduce((n, r) => n + r.failed, 0);
      };
      // Warm up (code paths compiled, pools allocated) before the baseline, so it is not mostly start-up.
      await open(rooms.slice(0, Math.min(20, rooms.length)));
      await Promise.all(workers.map((w) => w.call('idle.close', {}, 60_000)));
      await sleep(settleMs);
      const rssFresh = rssBytes(server.pid);
      progress(`  ${rooms.length} rooms with one idle socket each`);
      let openFailures = await open(rooms);
      await sleep(3000);
      const rssRooms = rssBytes(server.pid);
      progress(`  ${params.idleSockets} more idle sockets in those rooms`);
      openFailures += await open(Array.from({ length: params.idleSockets }, (_, i) => rooms[i % rooms.length]).filter((r) => r !== undefined));
      await sleep(3000);
      const rssSockets = rssBytes(server.pid);
      await Promise.all(workers.map((w) => w.call('idle.close', {}, 60_000)));
      await sleep(settleMs);
      const rssBeforeCycles = rssBytes(server.pid);
      progress(`  ${params.cycles} connect/sync/disconnect cycles`);
      const cycleRooms = rooms.slice(0, Math.min(100, rooms.length));
      const perWorker = split(Array.from({ length: params.cycles }, (_, i) => i), workers.length).map((p) => p.length);
      const started = performance.now();
      const cycles = await Promise.all(
        workers.map((w, i) =>
          w.call(
            'cycles.run',
            { endpoint: server.endpoint, rooms: cycleRooms, cycles: perWorker[i] ?? 0, concurrency: Math.ceil(params.cycleConcurrency / workers.length), timeoutMs: 600_000 },
            660_000,
          ),
        ),
      );
      const cyclesMs = performance.now() - started;
      await sleep(settleMs);
      const rssAfterCycles = rssBytes(server.pid);
      const perSocketBytes = rssSockets !== null && rssRooms !== null && params.idleSockets > 0 ? (rssSockets - rssRooms) / params.idleSockets : null;
      const perRoomBytes = rssRooms !== null && rssFresh !== null && rooms.length > 0 ? (rssRooms - rssFresh) / rooms.length - (perSocketBytes ?? 0) : null;
      return {
        rooms: rooms.length,
        sockets: params.idleSockets,
        rssStarted,
        rssStackFloor,
        rssFresh,
        rssRooms,
        rssSockets,
        perRoomBytes,
        perSocketBytes,
        rssBeforeCycles,
        rssAfterCycles,
        cyclesDone: cycles.reduce((n, c) => n + c.done, 0),
        cyclesFailed: cycles.reduce((n, c) => n + c.failed, 0),
        cyclesMs,
        openFailures,
      };
    });
  } finally {
    await server.stop('SIGTERM');
  }
}

// ------------------------------------------------------------------ the run

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

interface Results {
  fanout: Partial<Record<ServerKind, Outcome<EditFigures>>>;
  hot: Partial<Record<ServerKind, Outcome<EditFigures>>>;
  hotSmall: Partial<Record<ServerKind, Outcome<EditFigures>>>;
  durability: Partial<Record<ServerKind, Outcome<DurabilityFigures>>>;
  cold: Partial<Record<ServerKind, Outcome<ColdFigures>>>;
  idle: Partial<Record<ServerKind, Outcome<IdleFigures>>>;
  /** A trust's day on Washup: by the number of relays. */
  trust: Map<number, Outcome<EditFigures>>;
}

const emptyResults = (): Results => ({ fanout: {}, hot: {}, hotSmall: {}, durability: {}, cold: {}, idle: {}, trust: new Map() });

async function attempt<T>(what: string, work: () => Promise<T>): Promise<Outcome<T>> {
  const started = Date.now();
  progress(`${what}`);
  try {
    const value = await work();
    progress(`${what}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    progress(`${what}: FAILED: ${message}`);
    return { ok: false, error: message.split('\n')[0] ?? message };
  }
}

interface ProfileRun {
  workload: 'fanout' | 'hot' | 'hot-small';
  /** Whether this was the workload where Washup's p99 was worst. */
  worst: boolean;
  summary: ProfileSummary | null;
  figures: EditFigures | null;
  error: string | null;
}

/** The edit workload where Washup's p99 was highest. */
// ------------------------------------------------------------------ a trust's day

function trustShape(): EditShape {
  const p = params;
  const people = p.trustBoards * p.trustPeople;
  return {
    prefix: 'trust',
    rooms: p.trustBoards,
    clientsPerRoom: p.trustPeople,
    editorsPerRoom: p.trustPeople,
    seconds: p.trustSeconds,
    editRate: people / p.trustEditSeconds,
    awarenessRate: people * p.trustPresenceHz,
  };
}

/** Every Washup relay as its people would reach it: no abuse limits (one loopback address for thousands). */
async function trustOnOneRelay(): Promise<EditFigures> {
  return (await editWorkload('washup', trustShape())).figures;
}

/**
 * The same day over `relays` relays sharing one PostgreSQL database and one Redis, started as the
 * scale-out tests start them (throwaway servers on loopback); each board's people spread over the relays.
 */
async function trustOnRelays(relays: number): Promise<EditFigures> {
  const postgres = await startPostgres();
  const redis = await startRedis().catch(async (error: unknown) => {
    await postgres.stop();
    throw error;
  });
  const group: RunningServer[] = [];
  try {
    const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, WASHUP_SECRET: 'trust-day-bench-secret-0123456789abcdefghij' };
    for (let i = 0; i < relays; i++) group.push(await launch('washup', `trust-${relays}-${i}`, undefined, { env }));
    return await runEditWorkload(group, trustShape());
  } finally {
    await Promise.all(group.map((server) => server.stop('SIGTERM')));
    await redis.stop();
    await postgres.stop();
  }
}

function trustTable(runs: Results[]): string {
  const p = params;
  const boards = p.trustBoards;
  const sockets = p.trustBoards * p.trustPeople;
  const lines = [
    `A trust's day: ${boards} boards × ${p.trustPeople} people (${sockets} sockets), each person editing every ${p.trustEditSeconds} s with presence at ${p.trustPresenceHz} Hz, ${p.trustSeconds} s; Washup only. Memory per board and per socket: the relays' RSS peak under load minus their RSS with the boards created but nobody connected, divided by boards or sockets. CPU is the relays' sum, in % of one core.`,
    '',
    '| Relays | Repetition | edit p50 / p99 / max (ms) | presence p50 / p99 (ms) | edits delivered | relay CPU | RSS idle → peak (MiB) | per board (KiB) | per socket (KiB) | sockets dropped | client loop p99 (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  runs.forEach((results, index) => {
    for (const [relays, outcome] of results.trust) {
      const label = relays === 1 ? '1 (SQLite)' : `${relays} (PostgreSQL + Redis)`;
      if (!outcome.ok) {
        lines.push(`| ${label} | ${index + 1} | failed: ${outcome.error.replace(/\|/g, '\\|').slice(0, 200)} | | | | | | | | |`);
        continue;
      }
      const f = outcome.value;
      const grown = f.rssIdle !== null ? f.rssPeak - f.rssIdle : null;
      const n = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '–' : formatNumber(value, digits));
      lines.push(
        `| ${label} | ${index + 1} | ${n(f.p50)} / ${n(f.p99)} / ${n(f.max)} | ${n(f.awarenessP50)} / ${n(f.awarenessP99)} | ${n(pct(f.received, f.expected), 2)}% | ${n(f.cpuPercent, 0)}% | ${n(mib(f.rssIdle))} → ${n(mib(f.rssPeak))} | ${n(kib(grown !== null ? grown / boards : null), 0)} | ${n(kib(grown !== null ? grown / sockets : null), 0)} | ${f.disconnects} | ${n(f.clientLoopP99Ms)} |`,
      );
    }
  });
  return lines.join('\n');
}

function worstWorkload(results: Results): ProfileRun['workload'] {
  const p99 = (outcome: Outcome<EditFigures> | undefined): number => (outcome?.ok ? (outcome.value.p99 ?? 0) : -1);
  const candidates: Array<[ProfileRun['workload'], number]> = [
    ['fanout', p99(results.fanout.washup)],
    ['hot', p99(results.hot.washup)],
    ['hot-small', p99(results.hotSmall.washup)],
  ];
  return candidates.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'hot';
}

async function profileWashup(workload: ProfileRun['workload'], worst: boolean): Promise<ProfileRun> {
  const shape = workload === 'fanout' ? fanoutShape() : workload === 'hot' ? hotShape() : hotSmallShape();
  const dir = path.join(runDir, `profile-${workload}`);
  mkdirSync(dir, { recursive: true });
  progress(`profiling Washup's relay in the ${workload} workload (node --cpu-prof)`);
  if (workload === 'hot-small' && params.hotSmallEditors === 0) return { workload, worst, summary: null, figures: null, error: 'the small hot room is switched off' };
  try {
    const { figures } = await editWorkload('washup', shape, {
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
      fromSources: true,
    });
    const summary = mainThreadProfile(dir);
    if (!summary) return { workload, worst, summary: null, figures, error: 'no .cpuprofile was written' };
    try {
      copyFileSync(summary.file, path.join(repoRoot, `tests/load/results/washup-relay-${workload}.cpuprofile.tmp`));
    } catch {
      // keeping a copy is a convenience
    }
    return { workload, worst, summary, figures, error: null };
  } catch (error) {
    return { workload, worst, summary: null, figures: null, error: error instanceof Error ? error.message : String(error) };
  }
}

// ------------------------------------------------------------------ report

const MB = (bytes: number | null | undefined) => cell(mib(bytes), 1);
const pct = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

function rowsFor<T>(
  outcomes: Partial<Record<ServerKind, Outcome<T>>>,
  workload: string,
  figures: Array<[string, Row['better'], (value: T) => ReturnType<typeof cell>]>,
): Row[] {
  const rows: Row[] = [];
  const failures = Object.entries(outcomes).filter(([, o]) => o && !o.ok);
  if (failures.length > 0) {
    rows.push({
      workload,
      figure: 'run',
      better: null,
      cells: Object.fromEntries(Object.entries(outcomes).map(([k, o]) => [k, textCell(o?.ok ? 'ok' : `**failed**: ${o?.ok === false ? o.error.slice(0, 90) : ''}`)])),
    });
  }
  for (const [figure, better, get] of figures) {
    const cells: Row['cells'] = {};
    for (const kind of serverKinds) {
      const outcome = outcomes[kind];
      if (outcome?.ok) cells[kind] = get(outcome.value);
    }
    rows.push({ workload, figure, better, cells });
  }
  return rows;
}

function buildRows(results: Results): Row[] {
  const rows: Row[] = [];
  const p = params;
  if (p.workloads.includes('fanout')) {
    rows.push(
      ...rowsFor(results.fanout, `1. Fan-out (${p.fanoutRooms}×${p.fanoutClients} sockets, ${p.fanoutRate} edits/s, ${p.fanoutSeconds} s)`, [
        ['sockets synced', null, (f) => textCell(`${f.connected}/${f.clients}`, f.connected)],
        ['edits sent', null, (f) => cell(f.sent, 0)],
        ['latency p50 (ms)', 'lower', (f) => cell(f.p50, 1)],
        ['latency p99 (ms)', 'lower', (f) => cell(f.p99, 1)],
        ['latency max (ms)', 'lower', (f) => cell(f.max, 1)],
        ['edits delivered (% of sent × receivers)', 'higher', (f) => cell(pct(f.received, f.expected), 2, '%')],
        ['server CPU (% of one core)', 'lower', (f) => cell(f.cpuPercent, 0, '%')],
        // Where the peak comes from: the process with its rooms loaded, then with every socket open, then under the edits.
        ['server RSS, rooms loaded, no sockets (MiB)', 'lower', (f) => MB(f.rssIdle)],
        ['server RSS, sockets synced, before the edits (MiB)', 'lower', (f) => MB(f.rssStart)],
        ['server RSS peak (MiB)', 'lower', (f) => MB(f.rssPeak)],
        ['sockets dropped during run', 'lower', (f) => cell(f.disconnects, 0)],
        ['client processes: event-loop delay p99 (ms)', null, (f) => cell(f.clientLoopP99Ms, 1)],
        ['other processes on the machine (CPU % of one core)', null, (f) => cell(f.foreignCpuPercent, 0, '%')],
      ]),
    );
  }
  if (p.workloads.includes('hot')) {
    rows.push(...hotRows(results.hot, p.hotEditors, p.hotViewers, '2. Hot room'));
    if (p.hotSmallEditors > 0) rows.push(...hotRows(results.hotSmall, p.hotSmallEditors, p.hotSmallViewers, '2b. Hot room, smaller'));
  }
  if (p.workloads.includes('durability')) {
    rows.push(
      ...rowsFor(results.durability, `3. Durability (${p.kills} × SIGKILL mid-write, restart, reload)`, [
        ['what "believed saved" counts', null, (_f) => textCell('')],
        ['writes sent', null, (f) => cell(f.written, 0)],
        ['believed saved', null, (f) => cell(f.signalled, 0)],
        ['believed saved but missing after restart', 'lower', (f) => cell(f.signalledMissing, 0)],
        ['seen by a second client', null, (f) => cell(f.observed, 0)],
        ['seen by a second client but missing after restart', 'lower', (f) => cell(f.observedMissing, 0)],
      ]),
    );
    const signalRow = rows.find((r) => r.figure === 'what "believed saved" counts');
    if (signalRow) {
      const texts: Record<ServerKind, string> = {
        washup: 'durable ack (103→100)',
        'y-websocket': 'no ack: seen by 2nd client',
        hocuspocus: 'sync-status reply (applied, not stored)',
      };
      for (const kind of serverKinds) if (signalRow.cells[kind]) signalRow.cells[kind] = textCell(texts[kind]);
    }
  }
  if (p.workloads.includes('cold')) {
    rows.push(
      ...rowsFor(results.cold, `4. Cold join (${p.coldCards} cards, ${p.coldUpdates} updates of history)`, [
        ['history sent (MiB) / load time (s)', null, (f) => textCell(`${formatNumber(mib(f.updateBytes) ?? 0)} / ${formatNumber(f.loadMs / 1000)}`)],
        ['storage still writing after the last update was relayed (s)', 'lower', (f) => (f.settleMs === null ? textCell('> 300', 300) : cell(f.settleMs / 1000, 1))],
        ['stored bytes on disk (MiB)', 'lower', (f) => MB(f.diskBytes)],
        ['cold join: new client fully synced (ms)', 'lower', (f) => cell(f.coldJoinMs, 0)],
        ['  provider "synced" event (ms)', null, (f) => cell(f.coldSyncedEventMs, 0)],
        ['warm join, room loaded (ms, median)', 'lower', (f) => cell(f.warmJoinMs, 0)],
        ['server memory for the room (RSS MiB, loaded − idle)', 'lower', (f) => cell(mib(f.rssLoaded !== null && f.rssIdle !== null ? f.rssLoaded - f.rssIdle : null), 1)],
        ['all cards present after restart', null, (f) => textCell(f.complete ? `yes (${f.cards})` : `**NO** (${f.cards} of ${p.coldCards})`)],
      ]),
    );
  }
  if (p.workloads.includes('idle')) {
    rows.push(
      ...rowsFor(results.idle, `5. Idle cost (${p.idleRooms} rooms, +${p.idleSockets} sockets, ${p.cycles} cycles)`, [
        [`RSS just started, ${startedSettleMs / 1000} s after its first answer (MiB)`, 'lower', (f) => MB(f.rssStarted)],
        ['of which the stack Washup is built on, alone: Fastify, @fastify/websocket, zod, better-sqlite3 with a writer thread, Yjs (MiB)', null, (f) => MB(f.rssStackFloor)],
        ['RSS at rest, before the idle clients (MiB)', 'lower', (f) => MB(f.rssFresh)],
        ['memory per loaded idle room (KiB)', 'lower', (f) => cell(kib(f.perRoomBytes), 1)],
        ['memory per idle socket (KiB)', 'lower', (f) => cell(kib(f.perSocketBytes), 1)],
        ['connect/sync/disconnect cycles done (failed)', null, (f) => textCell(`${f.cyclesDone} (${f.cyclesFailed})`, f.cyclesDone)],
        ['cycles per second', 'higher', (f) => cell(f.cyclesDone / (f.cyclesMs / 1000), 0)],
        ['RSS before → after cycles (MiB)', null, (f) => textCell(`${formatNumber(mib(f.rssBeforeCycles) ?? NaN)} → ${formatNumber(mib(f.rssAfterCycles) ?? NaN)}`)],
        ['RSS change after cycles', 'lower', (f) => cell(rssChange(f), 1, '%')],
      ]),
    );
  }
  rows.push(...targetRows(results));
  return rows;
}

function hotRows(outcomes: Partial<Record<ServerKind, Outcome<EditFigures>>>, editors: number, viewers: number, title: string): Row[] {
  const p = params;
  const planned = Math.ceil(editors * p.hotEditHz * p.hotSeconds);
  return rowsFor(outcomes, `${title} (${editors} editors at ${p.hotEditHz} Hz + presence at ${p.hotAwarenessHz} Hz, ${viewers} viewers, ${p.hotSeconds} s)`, [
    ['clients synced', null, (f) => textCell(`${f.connected}/${f.clients}`, f.connected)],
    [`edits sent (of ${formatNumber(planned, 0)} planned)`, null, (f) => cell(f.sent, 0)],
    ['edit latency p50 (ms)', 'lower', (f) => cell(f.p50, 1)],
    ['edit latency p99 (ms)', 'lower', (f) => cell(f.p99, 1)],
    ['edit latency max (ms)', 'lower', (f) => cell(f.max, 1)],
    ['edit receipts missing (dropped)', 'lower', (f) => cell(Math.max(0, f.expected - f.received), 0)],
    ['clients disconnected during run', 'lower', (f) => cell(f.disconnects, 0)],
    ['presence latency p50 / p99 (ms)', null, (f) => textCell(`${formatNumber(f.awarenessP50 ?? NaN)} / ${formatNumber(f.awarenessP99 ?? NaN)}`, f.awarenessP99)],
    ['presence states delivered (% of sent × receivers)', null, (f) => cell(pct(f.awarenessReceived, f.awarenessExpected), 1, '%')],
    ['server CPU (% of one core)', 'lower', (f) => cell(f.cpuPercent, 0, '%')],
    ['server RSS peak (MiB)', 'lower', (f) => MB(f.rssPeak)],
    ['client processes: event-loop delay p99 (ms)', null, (f) => cell(f.clientLoopP99Ms, 1)],
    ['other processes on the machine (CPU % of one core)', null, (f) => cell(f.foreignCpuPercent, 0, '%')],
  ]);
}

function rssChange(f: IdleFigures): number | null {
  return f.rssBeforeCycles && f.rssAfterCycles !== null ? ((f.rssAfterCycles - f.rssBeforeCycles) / f.rssBeforeCycles) * 100 : null;
}

function targetRows(results: Results): Row[] {
  const rows: Row[] = [];
  const target = (figure: string, verdict: string): void => {
    rows.push({ workload: "Washup's targets", figure, better: null, cells: {}, verdict });
  };
  const durable = results.durability.washup;
  if (durable) {
    target(
      'zero lost acknowledged updates',
      durable.ok
        ? durable.value.signalledMissing === 0
          ? `met: 0 of ${durable.value.signalled} acknowledged updates lost over ${durable.value.kills} kills`
          : `**MISSED: ${durable.value.signalledMissing} acknowledged updates lost**`
        : '**not measured (run failed)**',
    );
  }
  const fan = results.fanout.washup;
  if (fan) {
    const anchors = (['y-websocket', 'hocuspocus'] as const)
      .map((k) => ({ k, o: results.fanout[k] }))
      .filter((a): a is { k: 'y-websocket' | 'hocuspocus'; o: { ok: true; value: EditFigures } } => a.o?.ok === true && a.o.value.p99 !== null);
    const best = anchors.sort((a, b) => (a.o.value.p99 ?? 0) - (b.o.value.p99 ?? 0))[0];
    const own = fan.ok ? fan.value.p99 : null;
    target(
      'fan-out p99 no worse than the better anchor',
      own === null || !best
        ? '**not measured**'
        : own <= (best.o.value.p99 ?? 0) * 1.02
          ? `met: ${formatNumber(own)} ms vs ${formatNumber(best.o.value.p99 ?? 0)} ms (${best.k})`
          : `**MISSED: ${formatNumber(own)} ms vs ${formatNumber(best.o.value.p99 ?? 0)} ms (${best.k})**`,
    );
  }
  const idle = results.idle.washup;
  if (idle) {
    const change = idle.ok ? rssChange(idle.value) : null;
    target(
      `RSS back within 10% after ${params.cycles} cycles`,
      change === null ? '**not measured**' : change <= 10 ? `met: ${change >= 0 ? '+' : ''}${change.toFixed(1)}%` : `**MISSED: +${change.toFixed(1)}%**`,
    );
  }
  return rows;
}

function renderProfile(run: ProfileRun): string {
  const title = `### Profile of Washup's relay: ${run.workload} workload${run.worst ? " (Washup's worst p99)" : ''}, under \`node --cpu-prof\``;
  if (!run.summary) return `${title}\n\nNo profile: ${run.error ?? 'unknown reason'}.\n`;
  const s = run.summary;
  const lines = [
    title,
    '',
    `Wall ${formatNumber(s.wallMs / 1000)} s, busy ${formatNumber(s.activeMs / 1000)} s` +
      (run.figures ? `; under the profiler p99 was ${formatNumber(run.figures.p99 ?? NaN)} ms at ${formatNumber(run.figures.cpuPercent ?? NaN, 0)}% CPU.` : '.') +
      ` Self time (a function blocked in a system call, such as an fsync, counts as busy); % of busy time. The profile is kept in \`tests/load/results/washup-relay-${run.workload}.cpuprofile.tmp\` (open it in Chrome DevTools).`,
    '',
    '| # | Function | Where | Self (ms) | % busy |',
    '|---:|---|---|---:|---:|',
    ...s.top.map((e, i) => `| ${i + 1} | \`${e.name}\` | ${e.where || '–'} | ${formatNumber(e.selfMs, 0)} | ${e.percent.toFixed(1)}% |`),
    '',
    '| By area | Self (ms) | % busy |',
    '|---|---:|---:|',
    ...s.byArea.map((e) => `| ${e.name} | ${formatNumber(e.selfMs, 0)} | ${e.percent.toFixed(1)}% |`),
  ];
  return `${lines.join('\n')}\n`;
}

function renderReport(
  runs: Results[],
  machine: MachineInfo,
  versions: Versions,
  profiles: ProfileRun[],
  durabilityNotes: string[],
  minutes: number,
): string {
  const p = params;
  const servers = p.servers;
  const parts = [
    `# Washup benchmark${p.quick ? ' (--quick: small parameters, a smoke run)' : ''}`,
    '',
    `Run ${new Date(runStarted).toISOString()}, ${minutes.toFixed(1)} min. Every server on 127.0.0.1, one at a time, started fresh for each workload; clients in ${p.clientProcesses} separate Node processes (real providers: \`y-websocket\` for Washup and y-websocket, \`@hocuspocus/provider\` for Hocuspocus, one socket and one Y.Doc each).`,
    '',
    `**Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.kernel}; load average (1/5/15 min) ${machine.loadAverage} at the start, ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} at the end — the machine is shared, so other work competes for these cores. Clients and server share them too.`,
    '',
    '**Servers:** ' + servers.map((s) => serverLabels[s]).join(', ') + '.',
    '',
    '**Parameters:** ' +
      [
        `fan-out ${p.fanoutRooms} rooms × ${p.fanoutClients} clients, ${p.fanoutRate} edits/s for ${p.fanoutSeconds} s`,
        `hot room ${p.hotEditors} editors × ${p.hotEditHz} Hz edits + ${p.hotAwarenessHz} Hz presence, ${p.hotViewers} viewers, ${p.hotSeconds} s` +
          (p.hotSmallEditors > 0 ? ` (and again with ${p.hotSmallEditors} + ${p.hotSmallViewers})` : ''),
        `${p.kills} kills per server at ${p.killMinMs}–${p.killMaxMs} ms into writing`,
        `cold join ${p.coldCards} cards / ${p.coldUpdates} updates, ${p.coldWarmJoins} warm joins`,
        `idle ${p.idleRooms} rooms + ${p.idleSockets} sockets, ${p.cycles} cycles at concurrency ${p.cycleConcurrency}`,
        `late receipts awaited up to ${p.drainMs} ms`,
      ].join('; ') +
      '.',
    '',
    ...resultTables(runs, servers),
    '<details><summary>Versions</summary>',
    '',
    '| Component | Version |',
    '|---|---|',
    ...versions.rows.map(([name, version]) => `| ${name} | ${version} |`),
    '',
    '</details>',
    '',
  ];
  if (durabilityNotes.length > 0) {
    parts.push('<details><summary>Durability, kill by kill</summary>', '', ...durabilityNotes, '', '</details>', '');
  }
  for (const profile of profiles) parts.push(renderProfile(profile));
  parts.push(
    '### How to read this',
    '',
    '- Latency is from the writer stamping the edit (wall clock, `performance.timeOrigin + performance.now()`, shared by all processes on this machine) to another client\'s Y.Array observer seeing it; p50/p99/max over every (edit, receiver) pair. After the send window the run waits until receipts stop (1.5 s without one, at most the drain cap); only what never arrived counts as missing or dropped.',
    '- Server CPU is user+system time of the server process from /proc/<pid>/stat over the send window; RSS from /proc/<pid>/status.',
    '- Clients and server share 2 cores: when a client process\'s event-loop delay is high, part of the latency is the clients\' own. "Other processes" is CPU the rest of the (shared) machine used during the send window; a high value marks a noisy figure.',
    `- Hot room at ${params.hotEditors} + ${params.hotViewers}: the ${params.hotEditors + params.hotViewers} providers need more CPU than this machine has (each receives ${params.hotEditors * params.hotEditHz} edits/s, and with y-websocket and Hocuspocus ${params.hotEditors * params.hotAwarenessHz} presence updates/s; Washup relays presence at once while a room is quiet but coalesces it into one frame per room every 30 ms once the frames to its members pass a budget, hence its low "presence states delivered" there). "Edits sent (of planned)" and the clients' event-loop delay show it: latency there is mostly the clients' backlog. The server-side figures (CPU, RSS, drops, disconnects) still compare.` +
      (params.hotSmallEditors > 0 ? ` Row 2b repeats the room with ${params.hotSmallEditors} + ${params.hotSmallViewers} clients, which this machine can follow.` : ''),
    '- Durability: Washup counts its own durable-storage acks; Hocuspocus counts its sync-status replies (sent once the update is applied in memory); y-websocket has no acknowledgement, so "believed saved" is what a second client received. The writer is destroyed before the restart, so nothing is re-sent: for Washup, updates seen by another client but not yet acked may be missing, and its real client would re-send them on reconnect.',
    `- Hocuspocus stores a document 2 s after its last change, or at least every 10 s while changes keep coming (its defaults, used here); every kill came ${params.killMinMs}–${params.killMaxMs} ms into continuous writing, so nothing a round wrote had been stored yet. y-websocket's y-leveldb writes each update through one serial queue (a read and a put per update), which falls behind a fast writer: what is still queued at a kill is lost.`,
    '- y-websocket answers a new client\'s handshake before its LevelDB state is loaded; the cold-join figure waits for the last card and a final marker, not for the provider\'s "synced" event (shown separately).',
    '- Washup runs compiled to JavaScript (`server/dist`, built by `scripts/buildServer.mjs`) with plain `node` and the flags and environment `pnpm start` gives it (`relayNodeFlags`, `relayEnv`); only its profile runs use the TypeScript sources under tsx, so that the profile names source files.',
  );
  return `${parts.join('\n')}\n`;
}

/**
 * The comparison table: one repetition's as it is, or, over several, every figure's median and
 * range with each repetition's own table folded below; then a trust's day when it ran.
 */
function resultTables(runs: Results[], servers: ServerKind[]): string[] {
  const tables = runs.map((results) => buildRows(results));
  const parts: string[] = [];
  if (params.workloads.some((w) => w !== 'trust')) {
    if (runs.length === 1) parts.push(renderTable(tables[0] ?? [], servers), '');
    else {
      parts.push(`Over ${runs.length} repetitions (servers interleaved in each): median (min–max).`, '', renderTable(combineRuns(tables), servers), '');
      tables.forEach((rows, index) => parts.push(`<details><summary>Repetition ${index + 1}</summary>`, '', renderTable(rows, servers), '', '</details>', ''));
    }
  }
  if (runs.some((results) => results.trust.size > 0)) parts.push(trustTable(runs), '');
  return parts;
}

/** One repetition: every chosen workload on every chosen server, one server at a time. */
async function runRepetition(repetition: number, history: string, durabilityNotes: string[]): Promise<Results> {
  const results = emptyResults();
  for (const workload of params.workloads) {
    if (workload === 'trust') {
      if (!params.servers.includes('washup')) continue;
      results.trust.set(1, await attempt('trust · one Washup relay (SQLite)', trustOnOneRelay));
      if (params.trustRelays > 1) results.trust.set(params.trustRelays, await attempt(`trust · ${params.trustRelays} Washup relays (PostgreSQL + Redis)`, () => trustOnRelays(params.trustRelays)));
      continue;
    }
    for (const kind of params.servers) {
      const what = `${workload} · ${serverLabels[kind]}`;
      switch (workload) {
        case 'fanout':
          results.fanout[kind] = await attempt(what, async () => (await editWorkload(kind, fanoutShape())).figures);
          break;
        case 'hot':
          results.hot[kind] = await attempt(what, async () => (await editWorkload(kind, hotShape())).figures);
          if (params.hotSmallEditors > 0) {
            results.hotSmall[kind] = await attempt(`${what} (${params.hotSmallEditors}+${params.hotSmallViewers})`, async () => (await editWorkload(kind, hotSmallShape())).figures);
          }
          break;
        case 'durability': {
          const outcome = await attempt(what, () => durabilityWorkload(kind));
          results.durability[kind] = outcome;
          if (outcome.ok) durabilityNotes.push(`**${serverLabels[kind]}${params.repeat > 1 ? `, repetition ${repetition}` : ''}**`, '', ...outcome.value.perKill.map((line) => `- ${line}`), '');
          break;
        }
        case 'cold':
          results.cold[kind] = await attempt(what, () => coldWorkload(kind, history));
          break;
        case 'idle':
          results.idle[kind] = await attempt(what, () => idleWorkload(kind));
          break;
      }
    }
  }
  return results;
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const versions = collectVersions();
  progress(`run folder ${runDir}; servers ${params.servers.join(', ')}; workloads ${params.workloads.join(', ')}${params.quick ? ' (quick)' : ''}`);
  const runs: Results[] = [];
  const durabilityNotes: string[] = [];
  const history = params.workloads.includes('cold') ? historyFile() : '';
  // Each repetition runs every server once, so the servers interleave and share the machine's moods.
  for (let repetition = 1; repetition <= params.repeat; repetition++) {
    if (params.repeat > 1) progress(`repetition ${repetition} of ${params.repeat}`);
    runs.push(await runRepetition(repetition, history, durabilityNotes));
  }
  const profiles: ProfileRun[] = [];
  if (params.profile && params.servers.includes('washup')) {
    const worst = worstWorkload(runs[0] ?? emptyResults());
    const chosen = params.profileWorkloads.map((w) => (w === 'worst' ? worst : w));
    for (const workload of new Set(chosen)) profiles.push(await profileWashup(workload, workload === worst && params.profileWorkloads.includes('worst')));
  }
  const report = renderReport(runs, machine, versions, profiles, durabilityNotes, (Date.now() - runStarted) / 60_000);
  const out = path.resolve(repoRoot, params.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  process.stdout.write(`\n${report}`);
  progress(`written to ${path.relative(repoRoot, out)}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    if (process.env.BENCH_KEEP === '1') progress(`kept ${runDir} (server logs and data)`);
    else rmSync(runDir, { recursive: true, force: true });
  });

