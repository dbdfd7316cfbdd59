import { useState } from 'react';
import { useBoardConnection } from './BoardConnectionContext';
import { useClockWakeups } from './useClockWakeups';

/**
 * The server's time, re-rendering every `intervalMs` (and when the offset estimate changes), for
 * views that change with time but show no seconds. Countdown faces use `useCountdownNow`.
 */
export function useServerNow(intervalMs = 1000): number {
  const { clock } = useBoardConnection();
  const [now, setNow] = useState(clock.now);
  useClockWakeups(String(intervalMs), (current) => {
    setNow(current);
    return current + intervalMs;
  });
  return now;
}
