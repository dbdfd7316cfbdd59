import type { LaneId } from '../templates/schema';

/**
 * Every way a vote command can be refused, named after the rule it breaks, so the client can show
 * the right message and a test can assert which rule fired.
 */
export const voteErrorCodes = [
  'invalid_config',
  'no_options',
  'round_already_open',
  'round_not_open',
  'round_not_closed',
  'wrong_round',
  'not_eligible',
  'voter_mismatch',
  'proxy_not_allowed',
  'unknown_lane',
  'unknown_option',
  'negative_or_fractional',
  'over_cap',
  'over_budget',
] as const;
export type VoteErrorCode = (typeof voteErrorCodes)[number];

export interface VoteRuleError {
  code: VoteErrorCode;
  /** Plain words for the person who acted; safe to show as is. */
  message: string;
  lane?: LaneId;
  optionId?: string;
}

/** Rules refuse by value rather than by throwing: a refused ballot is an expected event, not a fault. */
export type VoteOutcome<T> = { ok: true; value: T } | { ok: false; error: VoteRuleError };

export function voteAccepted<T>(value: T): VoteOutcome<T> {
  return { ok: true, value };
}

export function voteRefused<T = never>(code: VoteErrorCode, message: string, where: Pick<VoteRuleError, 'lane' | 'optionId'> = {}): VoteOutcome<T> {
  return { ok: false, error: { code, message, ...where } };
}

/**
 * The HTTP status the server answers each refusal with: 409 when the round is in the wrong state
 * (retrying later or reloading may help), 403 when this person may not do it, 400 when the ballot
 * or config itself is wrong.
 */
export const voteErrorStatus: Record<VoteErrorCode, 400 | 403 | 409> = {
  invalid_config: 400,
  no_options: 400,
  round_already_open: 409,
  round_not_open: 409,
  round_not_closed: 409,
  wrong_round: 409,
  not_eligible: 403,
  voter_mismatch: 403,
  proxy_not_allowed: 403,
  unknown_lane: 400,
  unknown_option: 400,
  negative_or_fractional: 400,
  over_cap: 400,
  over_budget: 400,
};
