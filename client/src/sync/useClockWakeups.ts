import { useEffect, useRef } from 'react';
import { useBoardConnection } from './BoardConnectionContext';

/**
 * Runs `wake` with the relay's time now, again at the relay time each run returns (null: no wake-up
 * until something below changes), whenever this device's estimate of the relay's clock moves, and
 * whenever `key` changes (what the view is timing: a timer, an interval). The one way a view
 * schedules itself by the relay's clock. A timeout that fires a little early costs one extra run:
 * `wake` reads the time again and names the same moment.
 */
export function useClockWakeups(key: string, wake: (now: number) => number | null): void {
  const { clock } = useBoardConnection();
  const latestWake = useRef(wake);
  latestWake.current = wake;
  useEffect(() => {
    let timeout: number | undefined;
    const run = () => {
      window.clearTimeout(timeout);
      const now = clock.now();
      const next = latestWake.current(now);
      if (next !== null) timeout = window.setTimeout(run, next - now);
    };
    run();
    const unsubscribe = clock.offset.subscribe(run);
    return () => {
      window.clearTimeout(timeout);
      unsubscribe();
    };
  }, [clock, key]);
}
