import type { StorageFailureReason } from './storageUnavailable';

/**
 * SQLite result codes that mean the file or the disk is failing rather than the statement being
 * wrong (https://www.sqlite.org/rescode.html); extended codes such as SQLITE_IOERR_WRITE share
 * their primary code's prefix.
 */
const reasonByPrefix: [string, StorageFailureReason][] = [
  ['SQLITE_FULL', 'disk_full'],
  ['SQLITE_IOERR', 'io_error'],
  ['SQLITE_CANTOPEN', 'io_error'],
  ['SQLITE_READONLY', 'io_error'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_NOTADB', 'damaged'],
  ['SQLITE_BUSY', 'busy'],
];

export function classifySqliteFailure(error: unknown): StorageFailureReason | null {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return reasonByPrefix.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}
