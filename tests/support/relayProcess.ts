import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RelayProcess {
  url: string;
  wsUrl: string;
  port: number;
  child: ChildProcess;
  /** Ends the relay: SIGKILL for a crash, SIGTERM for a clean stop. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A free TCP port on loopback, found by letting the OS pick one and releasing it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function spawnRelay(dataDir: string, env: Record<string, string>, port: number, output: 'inherit' | 'pipe'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', output, output],
  });
}

async function answersHealth(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** The relay as its own process, as `pnpm start` runs it, so it can be killed for real. */
export async function startRelayProcess(dataDir: string, env: Record<string, string> = {}, port?: number): Promise<RelayProcess> {
  const chosenPort = port ?? (await freePort());
  const child = spawnRelay(dataDir, env, chosenPort, 'inherit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`relay exited with ${child.exitCode} during start`);
    if (await answersHealth(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('relay did not start within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${chosenPort}/sync`,
    port: chosenPort,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface RefusedStart {
  /** The exit code, or null if the relay had to be killed because it did not refuse. */
  exitCode: number | null;
  /** Whether /healthz ever answered ok, i.e. the relay served from the data it was given. */
  served: boolean;
  output: string;
}

/**
 * Starts a relay that is expected to refuse to start, and waits (bounded) for it to exit; one
 * that starts serving instead is stopped after `graceMs`.
 */
export async function startExpectingRefusal(dataDir: string, env: Record<string, string> = {}, graceMs = 2_000): Promise<RefusedStart> {
  const port = await freePort();
  const child = spawnRelay(dataDir, env, port, 'pipe');
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let served = false;
  const deadline = Date.now() + 30_000;
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
    if (!served && (await answersHealth(`http://127.0.0.1:${port}`))) {
      served = true;
      setTimeout(() => child.kill('SIGKILL'), graceMs);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  const exitCode = await exited;
  return { exitCode, served, output };
}
