import type { StorageFailureReason } from './storageUnavailable';

/** Socket errors of a lost or refused connection to the database server. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** node-postgres reports a dropped connection or a full pool only in words, without a code. */
const lostConnection = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/**
 * PostgreSQL failures of the server rather than of the statement, by SQLSTATE class
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
export function classifyPostgresFailure(error: unknown): StorageFailureReason | null {
  if (!(error instanceof Error)) return null;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === '53100') return 'disk_full';
  if (code === 'XX001' || code === 'XX002') return 'damaged';
  if (code.startsWith('58')) return 'io_error';
  if (networkCodes.has(code) || code.startsWith('08') || code.startsWith('53') || /^57P0[1-3]$/.test(code)) return 'unreachable';
  return lostConnection.test(error.message) ? 'unreachable' : null;
}
