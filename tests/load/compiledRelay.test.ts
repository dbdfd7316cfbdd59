import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, relayNodeFlags } from '../../scripts/buildServer.mjs';
import { prepareRooms, startServer, type RunningServer } from './servers';

/**
 * The relay as `pnpm start` runs it: the build, with the Node flags and environment that
 * production and the benchmark share. A flag this Node does not take would stop the relay at start,
 * and nothing else in the tests runs the build.
 */
describe('the compiled relay with its production flags', () => {
  let dataDir: string;
  let relay: RunningServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'washup-compiled-'));
    await buildServer();
    relay = await startServer('washup', dataDir, path.join(dataDir, 'relay.log'));
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs with every flag on its command line', () => {
    const commandLine = readFileSync(`/proc/${relay.pid}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toEqual(expect.arrayContaining([...relayNodeFlags, 'server/dist/main.js']));
  });

  it('creates a board and stops cleanly on SIGTERM', async () => {
    const [room] = await prepareRooms(relay, 'compiled', 1);
    expect(room?.writeToken).toEqual(expect.any(String));
    await relay.stop('SIGTERM');
    expect(relay.child.signalCode).toBeNull();
    expect(relay.child.exitCode).toBe(0);
  });
});
