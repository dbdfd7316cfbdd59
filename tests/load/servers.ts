import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateBoardResponse } from '@washup/shared/api';
import { relayEnv, relayNodeFlags } from '../../scripts/buildServer.mjs';
import { freePort } from '../support/relayProcess';
import type { ServerKind } from './params';

/** The three servers as processes of their own on 127.0.0.1, each with its durable storage on. */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const testsDir = path.join(repoRoot, 'tests');

export const serverLabels: Record<ServerKind, string> = {
  washup: 'Washup (SQLite)',
  'y-websocket': 'y-websocket (LevelDB)',
  hocuspocus: 'Hocuspocus (SQLite)',
};

/** Where a client connects: the URL its provider is given, and how rooms are named there. */
export interface Endpoint {
  kind: ServerKind;
  /** Washup: ws://host:port/sync (room = board id); y-websocket: ws://host:port; Hocuspocus: ws://host:port. */
  wsUrl: string;
}

/** One room (document) on a server, with the credentials a client needs for it. */
export interface RoomTarget {
  name: string;
  /** A token that may write (Washup: the reviewer invite); null where the server has no auth. */
  writeToken: string | null;
  /** A read-only token (Washup: the observer invite); null where the server has no roles. */
  readToken: string | null;
}

export interface RunningServer {
  kind: ServerKind;
  pid: number;
  port: number;
  httpUrl: string;
  endpoint: Endpoint;
  dataDir: string;
  logFile: string;
  child: ChildProcess;
  /** Resolves when the process has exited, however it ended. */
  exited: Promise<void>;
  /** SIGKILL for a crash; SIGTERM for a clean stop (escalates to SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export interface StartOptions {
  port?: number;
  /** Extra flags for the node process (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /**
   * Washup from its TypeScript sources under tsx instead of the build: its CPU profile then names
   * each function's own source file (the build is one file).
   */
  fromSources?: boolean;
  env?: Record<string, string>;
}

export function ywsServerScript(): string {
  return path.join(realpathSync(path.join(testsDir, 'node_modules/@y/websocket-server')), 'src/server.js');
}

function command(kind: ServerKind, dataDir: string): { args: string[]; env: Record<string, string> } {
  switch (kind) {
    case 'washup':
      // As `pnpm start` runs it (compiled by scripts/buildServer.mjs, which `pnpm bench` runs first),
      // less the abuse limits, which the anchors do not have: the benchmark's thousands of simulated people share one loopback
      // address and a few invite links (what the socket and request caps refuse), and the
      // durability workload writes as fast as one socket can (what the traffic budgets refuse).
      // The hardening's own cost under abuse is measured by tests/load/syncAbuse.ts and tests/fault.
      return {
        args: [...relayNodeFlags, 'server/dist/main.js'],
        env: {
          ...relayEnv,
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          MAX_SOCKETS_PER_ADDRESS: '0',
          MAX_SOCKETS_PER_TOKEN: '0',
          RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
          RATE_LIMIT_BOARDS_PER_HOUR: '0',
          RATE_LIMIT_JOINS_PER_MINUTE: '0',
          SOCKET_FRAMES_PER_SECOND: '1000000',
          SOCKET_BYTES_PER_SECOND: String(1024 ** 3),
          TOKEN_FRAMES_PER_SECOND: '1000000',
          TOKEN_BYTES_PER_SECOND: String(1024 ** 3),
          PRESENCE_FRAMES_PER_SECOND: '1000000',
        },
      };
    case 'y-websocket':
      return { args: [ywsServerScript()], env: { YPERSISTENCE: dataDir } };
    case 'hocuspocus':
      return {
        args: [path.join(testsDir, 'load/servers/hocuspocus-server.mjs')],
        env: { DATABASE: path.join(dataDir, 'hocuspocus.sqlite') },
      };
  }
}

function healthPath(kind: ServerKind): string {
  return kind === 'washup' ? '/healthz' : '/';
}

export async function startServer(kind: ServerKind, dataDir: string, logFile: string, options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const { args: builtArgs, env } = command(kind, dataDir);
  const args = kind === 'washup' && options.fromSources ? [...relayNodeFlags, '--import', 'tsx', 'server/src/main.ts'] : builtArgs;
  const started = await startNodeProcess(kind, [...(options.nodeArgs ?? []), ...args], { ...env, ...options.env }, port, healthPath(kind), logFile);
  return {
    kind,
    port,
    endpoint: { kind, wsUrl: kind === 'washup' ? `ws://127.0.0.1:${port}/sync` : `ws://127.0.0.1:${port}` },
    dataDir,
    logFile,
    ...started,
  };
}

/** A started Node process once it answers: its pid and URL, a promise of its exit, and how to stop it. */
export type AnsweringProcess = Pick<RunningServer, 'pid' | 'httpUrl' | 'child' | 'exited' | 'stop'>;

/**
 * Runs `node args` from the repository's root, listening on 127.0.0.1:`port` (PORT and HOST added
 * to `env`), its output appended to `logFile`, and waits (up to 60 s) until `healthPath` answers
 * 2xx; throws with the log's tail if the process exits first.
 */
export async function startNodeProcess(
  label: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  healthPath: string,
  logFile: string,
): Promise<AnsweringProcess> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const httpUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${label} exited during start (${child.exitCode ?? child.signalCode}); log: ${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${httpUrl}${healthPath}`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${label} did not start within 60 s; log: ${tail(logFile)}`);
    }
    await sleep(50);
  }
  if (child.pid === undefined) throw new Error(`${label} has no pid`);
  return {
    pid: child.pid,
    httpUrl,
    child,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function tail(file: string, lines = 15): string {
  try {
    return `\n${readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}`;
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Rooms for a workload. Washup rooms are boards created through its HTTP API (a few at a time);
 * the anchors create a document on first connect, so their rooms are just names.
 */
export async function prepareRooms(server: RunningServer, prefix: string, count: number): Promise<RoomTarget[]> {
  if (server.kind !== 'washup') {
    return Array.from({ length: count }, (_, i) => ({ name: `${prefix}-${i}`, writeToken: null, readToken: null }));
  }
  const rooms: RoomTarget[] = new Array<RoomTarget>(count);
  let next = 0;
  const deadline = Date.now() + 120_000;
  const createOne = async (): Promise<void> => {
    while (next < count) {
      if (Date.now() > deadline) throw new Error('creating boards took over 120 s');
      const index = next++;
      const response = await fetch(`${server.httpUrl}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `${prefix} ${index}`, templateId: 'qa-review' }),
      });
      if (response.status !== 201) throw new Error(`creating a board failed: ${response.status} ${await response.text()}`);
      const board = (await response.json()) as CreateBoardResponse;
      rooms[index] = { name: board.id, writeToken: board.invites.reviewer.token, readToken: board.invites.observer.token };
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, count) }, () => createOne()));
  return rooms;
}
