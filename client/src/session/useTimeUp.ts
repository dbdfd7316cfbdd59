import { useState } from 'react';
import { timerExpiresAt, timerRemainingMs, type PhaseTimer } from '@washup/shared/session';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useClockWakeups } from '../sync/useClockWakeups';

/**
 * Whether a countdown has reached zero by the relay's clock. It re-renders its component once, when
 * that happens (or when the timer or this device's clock estimate changes), where a countdown face
 * re-renders every second: for a stage that only needs to know that time is up.
 */
export function useTimeUp(timer: PhaseTimer | null): boolean {
  const { clock } = useBoardConnection();
  const [up, setUp] = useState(() => timer !== null && timerRemainingMs(timer, clock.now()) === 0);
  useClockWakeups(JSON.stringify(timer), (now) => {
    const reached = timer !== null && timerRemainingMs(timer, now) === 0;
    setUp(reached);
    // Checked again at the deadline; a wake-up that comes early (the clock estimate moved) waits again.
    return reached || timer === null ? null : timerExpiresAt(timer);
  });
  return up;
}
