import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandName, Commands, WorkerRequest, WorkerResponse } from './protocol';

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** A client worker process (tests/load/worker.ts) and typed calls into it, each with a deadline. */
export class WorkerHandle {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;
  private markReady: () => void = () => undefined;
  /** Resolves when the worker has loaded and listens for calls (it says so with id 0). */
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: unknown) => {
      const response = message as WorkerResponse;
      if (response.id === 0) {
        this.markReady();
        return;
      }
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      clearTimeout(pending.timer);
      if (response.ok) pending.resolve(response.value);
      else pending.reject(new Error(response.error));
    });
    child.once('exit', (code, signal) => {
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`client worker ${child.pid ?? '?'} exited (${code ?? signal}) during call ${id}`));
      }
      this.pending.clear();
    });
  }

  static async start(): Promise<WorkerHandle> {
    const child = fork(workerScript, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      // The workers' output goes to stderr, so stdout carries only the table.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const handle = new WorkerHandle(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('client worker did not start within 30 s'));
      }, 30_000);
      handle.ready.then(() => {
        clearTimeout(timer);
        resolve();
      }, reject);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`client worker exited with ${code} while starting`)));
    });
    return handle;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  call<K extends CommandName>(cmd: K, args: Commands[K]['args'], timeoutMs: number): Promise<Commands[K]['result']> {
    const id = this.nextId++;
    return new Promise<Commands[K]['result']>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${cmd} in client worker ${this.pid} took over ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: (value) => resolve(value as Commands[K]['result']), reject, timer });
      const request: WorkerRequest<K> = { id, cmd, args };
      this.child.send(request);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * Runs `work` with `count` client workers and ends every one of them afterwards, whether `work`
 * succeeded or failed: a worker left running (one that timed out mid-call, or the others started
 * beside one that failed to start) holds its IPC channel open, and the run would never exit.
 */
export async function withWorkers<T>(count: number, work: (workers: WorkerHandle[]) => Promise<T>): Promise<T> {
  const starts = await Promise.allSettled(Array.from({ length: count }, () => WorkerHandle.start()));
  const workers = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  try {
    const failed = starts.find((start) => start.status === 'rejected');
    if (failed) throw failed.reason;
    return await work(workers);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
