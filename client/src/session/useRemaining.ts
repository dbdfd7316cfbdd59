import { timerRemainingMs, type PhaseTimer } from '@washup/shared/session';
import { useCountdownNow } from './useCountdownNow';

/**
 * What the shared countdown shows now: computed from the relay's stored turn start and duration
 * and this device's estimate of the relay's clock, never from this device's own clock.
 */
export function useRemaining(timer: PhaseTimer): number {
  const now = useCountdownNow([timer]);
  return timerRemainingMs(timer, now);
}
