import { useEffect, useState } from 'react';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * The server's time, re-rendering every `intervalMs` (and when the offset estimate changes), for
 * views that change with time but show no seconds. Countdown faces use `useCountdownNow`.
 */
export function useServerNow(intervalMs = 1000): number {
  const { clock } = useBoardConnection();
  const [now, setNow] = useState(clock.now);
  useEffect(() => {
    const tick = () => setNow(clock.now());
    tick();
    const timer = window.setInterval(tick, intervalMs);
    const unsubscribe = clock.offset.subscribe(tick);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [clock, intervalMs]);
  return now;
}
