import type { Outcome, Refusal, RefusalKind } from '../rules/outcome';

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

export type SessionError = Refusal<SessionErrorCode>;

export type SessionOutcome<S> = Outcome<S, SessionError>;
export type SessionRefusal = Extract<SessionOutcome<unknown>, { ok: false }>;

/**
 * What kind of refusal each rule gives: a conflict when the session is in the wrong state for it
 * (a reload shows why), forbidden when this person may not do it, invalid when the command itself
 * is wrong.
 */
export const sessionRefusalKinds: Record<SessionErrorCode, RefusalKind> = {
  invalid_config: 'invalid',
  not_allowed: 'forbidden',
  wrong_phase: 'conflict',
  not_current_speaker: 'conflict',
  no_timer: 'conflict',
  already_paused: 'conflict',
  not_paused: 'conflict',
  no_time_left: 'conflict',
  invalid_order: 'invalid',
  question_missing: 'conflict',
  round_limit: 'conflict',
  already_selected: 'conflict',
  not_selected: 'conflict',
  selection_full: 'conflict',
  selection_empty: 'conflict',
  not_shortlisted: 'conflict',
  already_eliminated: 'conflict',
  not_eliminated: 'conflict',
  already_appreciated: 'conflict',
};
