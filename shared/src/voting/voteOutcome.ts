import type { Outcome, Refusal, RefusalKind } from '../rules/outcome';
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

/** A vote rule's refusal, naming the lane and option a ballot went wrong on when it did. */
export interface VoteRuleError extends Refusal<VoteErrorCode> {
  lane?: LaneId;
  optionId?: string;
}

export type VoteOutcome<T> = Outcome<T, VoteRuleError>;

export function voteAccepted<T>(value: T): VoteOutcome<T> {
  return { ok: true, value };
}

export function voteRefused<T = never>(code: VoteErrorCode, message: string, where: Pick<VoteRuleError, 'lane' | 'optionId'> = {}): VoteOutcome<T> {
  return { ok: false, error: { code, message, ...where } };
}

/**
 * What kind of refusal each rule gives: a conflict when the round is in the wrong state (retrying
 * later or reloading may help), forbidden when this person may not do it, invalid when the ballot
 * or config itself is wrong.
 */
export const voteRefusalKinds: Record<VoteErrorCode, RefusalKind> = {
  invalid_config: 'invalid',
  no_options: 'invalid',
  round_already_open: 'conflict',
  round_not_open: 'conflict',
  round_not_closed: 'conflict',
  wrong_round: 'conflict',
  not_eligible: 'forbidden',
  voter_mismatch: 'forbidden',
  proxy_not_allowed: 'forbidden',
  unknown_lane: 'invalid',
  unknown_option: 'invalid',
  negative_or_fractional: 'invalid',
  over_cap: 'invalid',
  over_budget: 'invalid',
};
