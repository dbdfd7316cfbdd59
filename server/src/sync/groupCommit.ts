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
 * Collects the updates received while a commit is due and appends them in a single transaction,
 * so one fsync covers them all. Batches commit strictly in order, one at a time, so "this batch
 * is durable" also means "everything enqueued before it is durable". Commits start at least
 * `minIntervalMs` apart: under load one fsync then covers many updates (acks wait at most that
 * long), while a lone update after a quiet spell still commits on the next turn of the loop.
 */
export class GroupCommit {
  private open: Batch = newBatch();
  private latest: Batch | null = null;
  private scheduled = false;
  private inFlight: Promise<unknown> = Promise.resolve();
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

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = (): void => {
      this.scheduled = false;
      this.lastCommitAt = performance.now();
      const batch = this.open;
      this.open = newBatch();
      this.latest = batch;
      this.inFlight = this.inFlight.then(() => this.commit(batch));
    };
    const wait = this.lastCommitAt + this.minIntervalMs - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else setImmediate(run);
  }

  private async commit(batch: Batch): Promise<void> {
    try {
      const lastSeqs = await this.storage.appendUpdates(batch.entries);
      this.onCommitted(lastSeqs, batch.entries.length);
      batch.resolve(lastSeqs);
    } catch (error) {
      batch.reject(error);
    }
  }
}
