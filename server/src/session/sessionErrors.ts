import { sessionErrorStatus, type SessionOutcome } from '@washup/shared';
import { HttpError } from '../http/httpError';

/** The state an accepted Council or PSTB rule produced, or the rule's refusal as an HTTP error naming it. */
export function acceptedStateOrThrow<S>(outcome: SessionOutcome<S>): S {
  if (outcome.ok) return outcome.state;
  throw new HttpError(sessionErrorStatus[outcome.error.code], outcome.error.code, outcome.error.message);
}
