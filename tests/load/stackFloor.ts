import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode, relayEnv, relayNodeFlags } from '../../scripts/buildServer.mjs';
import { freePort } from '../support/relayProcess';
import { rssBytes } from './proc';
import { repoRoot, sleep, startNodeProcess, type AnsweringProcess } from './servers';

/**
 * The stack floor: the packages the brief fixes for the relay (server/bench/stackFloor.ts), built
 * and started exactly as the relay is, and its resident memory taken the way the idle workload
 * takes each server's just after start. What Washup holds above it is its own code and data; what
 * the floor holds above y-websocket no change to Washup's code can take away.
 */

const benchDir = path.join(repoRoot, 'server/bench');
/** Under server/, so the bundle finds the native SQLite driver among server's packages, as the relay's build does. */
const builtDir = path.join(benchDir, 'dist');

let built: Promise<void> | null = null;

function build(): Promise<void> {
  built ??= bundleForNode({
    entryPoints: {
      stackFloor: path.join(benchDir, 'stackFloor.ts'),
      stackFloorWriter: path.join(benchDir, 'stackFloorWriter.ts'),
    },
    outdir: builtDir,
  });
  return built;
}

/** Builds the floor (once per process) and starts it on 127.0.0.1 with the relay's flags and environment. */
export async function startStackFloor(runDir: string): Promise<AnsweringProcess> {
  await build();
  const dataDir = path.join(runDir, `stack-floor-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  const args = [...relayNodeFlags, path.join(builtDir, 'stackFloor.js')];
  return startNodeProcess('the stack floor', args, { ...relayEnv, DATA_DIR: dataDir }, await freePort(), '/healthz', path.join(runDir, 'stack-floor.log'));
}

/** Starts the floor, waits `settleMs` after its first answer, and returns its RSS in bytes. */
export async function stackFloorRss(runDir: string, settleMs: number): Promise<number | null> {
  const floor = await startStackFloor(runDir);
  try {
    await sleep(settleMs);
    return rssBytes(floor.pid);
  } finally {
    await floor.stop('SIGTERM');
  }
}
