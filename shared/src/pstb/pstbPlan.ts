import { minuteMs, secondMs } from '../session/durations';
import { formatSpan } from '../session/formatSpan';

export const pstbSteps = ['problem', 'ideas', 'selection', 'benefits', 'concerns', 'actions'] as const;
export type PstbStep = (typeof pstbSteps)[number];

/** Minutes of each step in the method's 30-minute contract; other contracts keep these proportions. */
export const pstbStepWeights: Record<PstbStep, number> = { problem: 5, ideas: 8, selection: 2, benefits: 7, concerns: 3, actions: 5 };
const totalWeight = pstbSteps.reduce((sum, step) => sum + pstbStepWeights[step], 0);

export const pstbContractPresetsMinutes = [20, 30, 45] as const;
export const pstbDefaultContractMinutes = 30;

/** "30-minute contract" as the team agreed it; a custom contract to the second as "7 min 30 s contract". */
export function pstbContractLabel(contractMs: number): string {
  return contractMs % minuteMs === 0 ? `${contractMs / minuteMs}-minute contract` : `${formatSpan(contractMs)} contract`;
}

/** A contract is kept to whole seconds, so every step's countdown is too. */
export function pstbContractMs(minutes: number): number {
  return Math.round((minutes * minuteMs) / secondMs) * secondMs;
}

/**
 * Splits a contract across the steps in proportion, in whole seconds, adding up exactly to the
 * contract: each step gets its share rounded down, and the seconds left over go one each to the
 * steps with the largest fractions dropped (the earlier step on a tie).
 */
export function splitPstbContract(contractMs: number): Record<PstbStep, number> {
  const totalSeconds = Math.round(contractMs / secondMs);
  const shares = pstbSteps.map((step, index) => {
    const exact = (totalSeconds * pstbStepWeights[step]) / totalWeight;
    return { step, index, seconds: Math.floor(exact), fraction: exact - Math.floor(exact) };
  });
  let left = totalSeconds - shares.reduce((sum, share) => sum + share.seconds, 0);
  for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || a.index - b.index)) {
    if (left === 0) break;
    share.seconds += 1;
    left -= 1;
  }
  const plan = { problem: 0, ideas: 0, selection: 0, benefits: 0, concerns: 0, actions: 0 };
  for (const share of shares) plan[share.step] = share.seconds * secondMs;
  return plan;
}
