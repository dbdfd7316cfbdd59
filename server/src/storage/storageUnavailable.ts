/** Why storage cannot serve: each has its own sentence for people and its own field in `/healthz`. */
export type StorageFailureReason = 'disk_full' | 'io_error' | 'damaged' | 'busy' | 'unreachable';

const explanations: Record<StorageFailureReason, string> = {
  disk_full: 'the disk that holds the boards is full',
  io_error: 'the disk that holds the boards reports read or write errors',
  damaged: 'the board database is damaged',
  busy: 'the board database is locked by another program',
  unreachable: 'the database server cannot be reached',
};

/**
 * Storage failed for a reason outside the request (disk full, I/O error, database server gone), so
 * nothing was saved and the same request may succeed later. Adapters throw it in place of their
 * driver's errors; the HTTP layer answers it with 503.
 */
export class StorageUnavailable extends Error {
  constructor(
    readonly reason: StorageFailureReason,
    options: ErrorOptions,
  ) {
    super(`storage is unavailable: ${explanations[reason]}`, options);
  }
}
