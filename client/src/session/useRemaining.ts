import { timerRemainingMs, type PhaseTimer } from '@washup/shared/session';
import { useServerNow } from '../sync/useServerNow';

/** Ten renders a second keep every screen within a tenth of a second of the relay's clock. */
const refreshMs = 100;

/**
 * What the shared countdown shows now: computed from the relay's stored turn start and duration
 * and this device's estimate of the relay's clock, never from this device's own clock.
 */
export function useRemaining(timer: PhaseTimer | null): number | null {
  const now = useServerNow(refreshMs);
  return timer ? timerRemainingMs(timer, now) : null;
}
