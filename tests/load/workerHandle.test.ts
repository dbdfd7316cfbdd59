import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A loopback port nothing listens on: a client there is refused and keeps retrying. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A benchmark run in miniature, in a process of its own: a memory sampler ticking as during a
 * workload, and two client workers, one of which is asked to sync a y-websocket client that never
 * can, within a deadline it misses. The run must end by itself, saying which call failed.
 */
function runWithFailingWorker(port: number): Promise<{ code: number | null; stderr: string; ended: 'by itself' | 'killed' }> {
  const script = `
    import { RssSampler } from ${JSON.stringify(path.join(here, 'proc.ts'))};
    import { withWorkers } from ${JSON.stringify(path.join(here, 'workerHandle.ts'))};
    new RssSampler(process.pid);
    const client = { room: { name: 'never', writeToken: null, readToken: null }, roomIndex: 0, editor: true };
    const args = { endpoint: { kind: 'y-websocket', wsUrl: 'ws://127.0.0.1:${port}' }, clients: [client], concurrency: 1, timeoutMs: 60000 };
    await withWorkers(2, (workers) => Promise.all(workers.map((worker, i) => worker.call('edit.connect', args, i === 0 ? 500 : 60000)))).catch((error) => {
      console.error('run failed: ' + error.message);
      process.exitCode = 1;
    });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Bounded: a run that hangs is killed and reported as such.
  let ended: 'by itself' | 'killed' = 'by itself';
  const bound = setTimeout(() => {
    ended = 'killed';
    child.kill('SIGKILL');
  }, 25_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(bound);
      resolve({ code, stderr, ended });
    }),
  );
}

describe('a benchmark run whose client worker fails', () => {
  it('ends by itself, with the failed call and its worker named', async () => {
    const result = await runWithFailingWorker(await closedPort());
    expect(result.ended).toBe('by itself');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/run failed: edit\.connect in client worker \d+ took over 500 ms/);
  }, 40_000);
});
