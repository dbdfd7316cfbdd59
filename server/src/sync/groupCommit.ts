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
 * Collects every update received during one event-loop turn and appends them in a single
 * transaction, so one fsync covers them all. Batches commit strictly in order, one at a time, so
 * "this batch is durable" also means "everything enqueued before it is durable".
 */
export class GroupCommit {
  private open: Batch = newBatch();
  private scheduled = false;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly onCommitted: (lastSeqs: Map<string, number>, count: number) => void,
  ) {}

  /** Queues an update; the promise resolves with its doc's sequence number once stored. */
  append(docName: string, update: Uint8Array): Promise<Map<string, number>> {
    this.open.entries.push({ docName, update });
    this.schedule();
    return this.open.done;
  }

  /** Resolves once everything queued before this call is durable (at once when nothing is queued). */
  async flushed(): Promise<void> {
    if (this.open.entries.length > 0) await this.open.done;
    else await this.inFlight;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.open;
      this.open = newBatch();
      this.inFlight = this.inFlight.then(() => this.commit(batch));
    });
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
