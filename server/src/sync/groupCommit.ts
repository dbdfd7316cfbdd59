import type { PendingAppend, Storage } from '../storage/storage';

interface Batch {
  entries: PendingAppend[];
  done: Promise<Map<string, number>>;
  resolve: (lastSeqs: Map<string, number>) => void;
  reject: (error: unknown) => void;
}

function newBatch(): Batch {
  let resolve!: Batch['resolve'];
  let reject!: Batch['reject'];
  const done = new Promise<Map<string, number>>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  done.catch(() => undefined);
  return { entries: [], done, resolve, reject };
}

/**
 * Collects updates and appends them in a single transaction, so one fsync covers them all. One
 * commit runs at a time: what arrives while it runs (the storage does its work off the event loop)
 * waits in the next batch. Commits also start at least `minIntervalMs` apart, so under load one
 * fsync covers many updates and the database is left quiet moments in which an online back-up
 * (which starts over whenever another connection writes) can finish; a lone update after a quiet
 * spell still commits on the next turn of the loop. Batches commit strictly in order, so "this
 * batch is durable" also means "everything enqueued before it is durable".
 */
export class GroupCommit {
  private open: Batch = newBatch();
  private latest: Batch | null = null;
  private scheduled = false;
  private committing = false;
  private lastCommitAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly storage: Storage,
    private readonly onCommitted: (lastSeqs: Map<string, number>, count: number) => void,
    private readonly minIntervalMs = 10,
  ) {}

  /** Queues an update; the promise resolves with each doc's last sequence number once stored. */
  append(docName: string, update: Uint8Array): Promise<Map<string, number>> {
    this.open.entries.push({ docName, update });
    this.schedule();
    return this.open.done;
  }

  /**
   * Resolves once everything queued before this call is durable, and rejects if that write failed
   * (at once when nothing was ever queued).
   */
  async flushed(): Promise<void> {
    if (this.open.entries.length > 0) await this.open.done;
    else if (this.latest) await this.latest.done;
  }

  /** Resolves once everything queued before this call has been written or has failed. */
  drained(): Promise<void> {
    return this.flushed().catch(() => undefined);
  }

  /** Starts the next commit when the interval allows, unless one runs: its end schedules the next. */
  private schedule(): void {
    if (this.scheduled || this.committing) return;
    this.scheduled = true;
    const run = (): void => {
      this.scheduled = false;
      void this.commitOpen();
    };
    const wait = this.lastCommitAt + this.minIntervalMs - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else setImmediate(run);
  }

  private async commitOpen(): Promise<void> {
    const batch = this.open;
    if (batch.entries.length === 0) return;
    this.open = newBatch();
    this.latest = batch;
    this.committing = true;
    this.lastCommitAt = performance.now();
    try {
      const lastSeqs = await this.storage.appendUpdates(batch.entries);
      this.onCommitted(lastSeqs, batch.entries.length);
      batch.resolve(lastSeqs);
    } catch (error) {
      batch.reject(error);
    } finally {
      this.committing = false;
      if (this.open.entries.length > 0) this.schedule();
    }
  }
}
