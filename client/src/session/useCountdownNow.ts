import { useState } from 'react';
import { timerNextSecondAt, type PhaseTimer } from '@washup/shared/session';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useClockWakeups } from '../sync/useClockWakeups';

/**
 * The server's time for countdown faces: it re-renders at the moment any of `timers` shows a new
 * second (and when this device's clock estimate moves), not on a fixed beat. A face then turns over
 * on the second itself, where polling ten times a second turned it up to a tenth late, and a device
 * redraws once a second per countdown instead of ten times: on a laptop with its other core busy,
 * five devices in a Council spent most of a core redrawing rings that had not changed.
 */
export function useCountdownNow(timers: readonly PhaseTimer[]): number {
  const { clock } = useBoardConnection();
  const [now, setNow] = useState(clock.now);
  // The timers' values, not their identity: the room state hands out new objects on every change.
  useClockWakeups(JSON.stringify(timers), (current) => {
    setNow(current);
    const upcoming = timers.map((timer) => timerNextSecondAt(timer, current)).filter((at) => at !== null);
    return upcoming.length > 0 ? Math.min(...upcoming) : null;
  });
  return now;
}
