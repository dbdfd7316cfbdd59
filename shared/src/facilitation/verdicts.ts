import type { FacilitationErrorCode, FacilitationOutcome, FacilitationRefusal } from './outcome';

/** Internal to the rules; kept out of the package index, where names this general would collide. */
export function accepted<S>(state: S): FacilitationOutcome<S> {
  return { ok: true, state };
}

export function refused(code: FacilitationErrorCode, message: string): FacilitationRefusal {
  return { ok: false, error: { code, message } };
}
