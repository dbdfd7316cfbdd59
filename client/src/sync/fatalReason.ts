import { recordRefusalPrefix } from '@washup/shared/board';
import { closeCode, isRefusalCloseCode } from '@washup/shared/sync';
import { ApiRequestError } from '../api/ApiRequestError';

/**
 * Why a board can no longer be opened on this device:
 * - `deleted`: the board is gone (close code `boardDeleted`, or HTTP 404);
 * - `removed`: the Lead Reviewer removed this participant (close code `participantRemoved`);
 * - `refused`: the relay no longer accepts this device's token (another 44xx close code, or HTTP 401/403 for another reason);
 * - `changeRefused`: the relay refused a change made here because a record in it fails its schema.
 *   Reconnecting would send the same change again, so the device stops syncing instead.
 */
export type FatalKind = 'deleted' | 'removed' | 'refused' | 'changeRefused';

export interface FatalReason {
  kind: FatalKind;
  /** The relay's own words, when it gave any. */
  detail: string;
}

/** The sync socket was closed by the relay with a code that means "don't come back". */
export function fatalFromClose(code: number, reason: string): FatalReason | null {
  if (code === closeCode.boardDeleted) return { kind: 'deleted', detail: reason };
  if (code === closeCode.participantRemoved) return { kind: 'removed', detail: reason };
  if (isRefusalCloseCode(code)) return { kind: 'refused', detail: reason };
  if (code === closeCode.policyViolation && reason.startsWith(recordRefusalPrefix)) {
    return { kind: 'changeRefused', detail: reason.slice(recordRefusalPrefix.length) };
  }
  return null;
}

/**
 * The relay refused an HTTP request with this board's token. Null unless the relay itself said so
 * in its own words: a bare 404 from a proxy or a misrouted server must never wipe a device's
 * unsaved work as if the board were deleted.
 */
export function fatalFromHttp(error: unknown): FatalReason | null {
  if (!(error instanceof ApiRequestError)) return null;
  if (error.status === 404 && error.code === 'board_not_found') return { kind: 'deleted', detail: error.message };
  if (error.status === 403 && error.code === 'participant_removed') return { kind: 'removed', detail: error.message };
  if ((error.status === 401 || error.status === 403) && error.code.startsWith('token_')) return { kind: 'refused', detail: error.message };
  return null;
}
