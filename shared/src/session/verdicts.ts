import type { SessionErrorCode, SessionOutcome, SessionRefusal } from './outcome';

/** Internal to the rules; kept out of the package index, where names this general would collide. */
export function accepted<S>(state: S): SessionOutcome<S> {
  return { ok: true, value: state };
}

export function refused(code: SessionErrorCode, message: string): SessionRefusal {
  return { ok: false, error: { code, message } };
}
