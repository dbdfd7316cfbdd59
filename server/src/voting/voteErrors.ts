import { voteErrorStatus, type VoteOutcome } from '@washup/shared';
import { HttpError } from '../http/httpError';

/** The value of an accepted vote rule, or the rule's refusal as an HTTP error naming it. */
export function acceptedOrThrow<T>(outcome: VoteOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new HttpError(voteErrorStatus[outcome.error.code], outcome.error.code, outcome.error.message);
}
