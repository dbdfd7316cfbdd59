/**
 * Every way a Council or PSTB command can be refused, named after the rule it breaks, so the
 * client can show the right message and a test can assert which rule fired.
 */
export const sessionErrorCodes = [
  'invalid_config',
  'not_allowed',
  'wrong_phase',
  'not_current_speaker',
  'no_timer',
  'already_paused',
  'not_paused',
  'no_time_left',
  'invalid_order',
  'question_missing',
  'round_limit',
  'already_selected',
  'not_selected',
  'selection_full',
  'selection_empty',
  'not_shortlisted',
  'already_eliminated',
  'not_eliminated',
  'already_appreciated',
] as const;
export type SessionErrorCode = (typeof sessionErrorCodes)[number];

export interface SessionError {
  code: SessionErrorCode;
  /** Plain words for the person who acted; safe to show as is. */
  message: string;
}

export interface SessionRefusal {
  ok: false;
  error: SessionError;
}

/** Rules refuse by value rather than by throwing: a refused command is an expected event, not a fault. */
export type SessionOutcome<S> = { ok: true; state: S } | SessionRefusal;

/**
 * The HTTP status the server answers each refusal with: 409 when the session is in the wrong
 * state for it (a reload shows why), 403 when this person may not do it, 400 when the command
 * itself is wrong.
 */
export const sessionErrorStatus: Record<SessionErrorCode, 400 | 403 | 409> = {
  invalid_config: 400,
  not_allowed: 403,
  wrong_phase: 409,
  not_current_speaker: 409,
  no_timer: 409,
  already_paused: 409,
  not_paused: 409,
  no_time_left: 409,
  invalid_order: 400,
  question_missing: 409,
  round_limit: 409,
  already_selected: 409,
  not_selected: 409,
  selection_full: 409,
  selection_empty: 409,
  not_shortlisted: 409,
  already_eliminated: 409,
  not_eliminated: 409,
  already_appreciated: 409,
};
