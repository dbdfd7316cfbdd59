import { StorageUnavailable, type StorageFailureReason } from './storageUnavailable';

export type StorageHealth =
  | { ok: true }
  | { ok: false; reason: StorageFailureReason; message: string; since: string };

/** Turns a driver error into StorageUnavailable when the storage (not the request) is at fault. */
export type FailureClassifier = (error: unknown) => StorageFailureReason | null;

/**
 * Runs an adapter's work, replaces driver errors that mean "storage is failing" by
 * StorageUnavailable, and remembers the failure until a write succeeds again. Reads do not clear
 * it: with the disk full, reads still work while every write fails. While failing, a health check
 * tries the adapter's probe write, at most once per `probeIntervalMs`, so the state recovers when
 * nobody writes.
 */
export class StorageFaults {
  private failure: { error: StorageUnavailable; since: number } | null = null;
  private lastProbeAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly classify: FailureClassifier,
    private readonly probe: () => Promise<void>,
    private readonly probeIntervalMs = 1000,
  ) {}

  async read<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.noted(error);
    }
  }

  async write<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.failure = null;
      return result;
    } catch (error) {
      throw this.noted(error);
    }
  }

  async health(): Promise<StorageHealth> {
    if (this.failure && performance.now() - this.lastProbeAt >= this.probeIntervalMs) {
      this.lastProbeAt = performance.now();
      await this.write(this.probe).catch(() => undefined);
    }
    if (!this.failure) return { ok: true };
    const { error, since } = this.failure;
    return { ok: false, reason: error.reason, message: error.message, since: new Date(since).toISOString() };
  }

  /**
   * A failure seen outside any request, such as a pooled connection the database server dropped
   * while idle: remembered when it means storage is failing, so health checks report it.
   */
  notice(error: unknown): void {
    this.noted(error);
  }

  private noted(error: unknown): unknown {
    if (error instanceof StorageUnavailable) return error;
    const reason = this.classify(error);
    if (!reason) return error;
    const unavailable = new StorageUnavailable(reason, { cause: error });
    this.failure = { error: unavailable, since: this.failure?.since ?? Date.now() };
    return unavailable;
  }
}
