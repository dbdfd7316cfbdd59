import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SqliteWrite, SqliteWriter, SqliteWriterOptions } from './sqliteWriter';

export interface WriterRequest {
  id: number;
  write: SqliteWrite | 'close';
  args: unknown[];
}

/** A driver error as it crosses the thread: its SQLite code kept, so failures are classified as before. */
export interface WriteFailure {
  name: string;
  message: string;
  code: string | null;
}

/** A write's outcome by its request's id; id 0 is the thread's first message, once its connection is open (or could not be). */
export type WriterReply = { id: number; value: unknown; error?: undefined } | { id: number; error: WriteFailure };

/** The id of the thread's first message: its connection opened, or why not. */
export const openedReply = 0;

/** A write that failed in the writer thread, carrying the driver's code (SQLITE_FULL, SQLITE_IOERR_…). */
export class SqliteWriteError extends Error {
  readonly code: string | undefined;

  constructor(failure: WriteFailure) {
    super(failure.message);
    this.name = failure.name;
    this.code = failure.code ?? undefined;
  }
}

type WriteResult<Name extends SqliteWrite> = ReturnType<SqliteWriter[Name]>;

/**
 * The worker beside this file, in the same language as this file: sqliteWriterWorker.js in the
 * build, where scripts/buildServer.mjs puts it beside the bundle; sqliteWriterWorker.ts when the
 * relay runs from its sources. Node 20 starts a worker without the TypeScript loader the relay
 * runs under, so then a two-line module registers tsx in the worker before loading it.
 */
function workerEntry(): URL {
  const extension = path.extname(fileURLToPath(import.meta.url));
  const worker = new URL(`./sqliteWriterWorker${extension}`, import.meta.url);
  if (extension !== '.ts') return worker;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * The relay's side of the writer thread: each write is a message, answered once it has committed.
 * The thread keeps the process alive only while a write is outstanding.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  private nextId = 1;
  private ended: Error | null = null;
  /** Resolves once the thread's connection is open; rejects if it could not be opened. */
  readonly ready: Promise<void>;

  constructor(options: SqliteWriterOptions) {
    this.ready = new Promise((resolve, reject) => this.pending.set(openedReply, { resolve: () => resolve(), reject }));
    this.ready.catch(() => undefined);
    this.worker = new Worker(workerEntry(), { workerData: options });
    this.worker.on('message', (reply: WriterReply) => this.settle(reply));
    this.worker.on('error', (error) => this.end(error));
    this.worker.on('exit', (code) => this.end(new Error(`the storage writer thread stopped (exit code ${code})`)));
  }

  run<Name extends SqliteWrite>(write: Name, ...args: Parameters<SqliteWriter[Name]>): Promise<WriteResult<Name>> {
    return this.send(write, args) as Promise<WriteResult<Name>>;
  }

  /** Closes the writing connection once every write asked for before has finished, then ends the thread. */
  async close(): Promise<void> {
    if (this.ended) return;
    try {
      await this.send('close', []);
    } finally {
      this.ended ??= new Error('the database is closed');
      await this.worker.terminate();
    }
  }

  private send(write: WriterRequest['write'], args: unknown[]): Promise<unknown> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    const request: WriterRequest = { id, write, args };
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private settle(reply: WriterReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) waiting.reject(new SqliteWriteError(reply.error));
    else waiting.resolve(reply.value);
  }

  private end(error: Error): void {
    this.ended ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
