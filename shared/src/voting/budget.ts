/** The domain's rule of thumb: about a third of the options, so a vote forces a choice. */
export const maxDefaultBudget = 10;
export const defaultCapPerOption = 2;
/** A facilitator's explicit budget or cap may go above the defaults, but not without bound. */
export const maxExplicitVotes = 100;

/**
 * Votes each person gets on one ballot when the facilitator sets none: a third of the options,
 * rounded, at least 1 (a ballot of nothing is no vote) and at most 10 (past that, dots stop
 * meaning priority).
 */
export function defaultBudget(optionCount: number): number {
  if (!Number.isInteger(optionCount) || optionCount < 0) {
    throw new RangeError(`an option count is a whole number of zero or more, not ${optionCount}`);
  }
  return Math.min(maxDefaultBudget, Math.max(1, Math.round(optionCount / 3)));
}

/** A cap above the budget could never bind; storing the effective value keeps the UI's steppers honest. */
export function resolveCapPerOption(capPerOption: number | undefined, budget: number): number {
  return Math.min(capPerOption ?? defaultCapPerOption, budget);
}
