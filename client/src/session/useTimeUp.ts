import { useEffect, useState } from 'react';
import { timerExpiresAt, timerRemainingMs, type PhaseTimer } from '@washup/shared/session';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/**
 * Whether a countdown has reached zero by the relay's clock. It re-renders its component once, when
 * that happens (or when the timer or this device's clock estimate changes), where `useRemaining`
 * re-renders ten times a second: for a stage that only needs to know that time is up.
 */
export function useTimeUp(timer: PhaseTimer | null): boolean {
  const { clock } = useBoardConnection();
  const [up, setUp] = useState(() => timer !== null && timerRemainingMs(timer, clock.now()) === 0);
  useEffect(() => {
    let wake: number | undefined;
    const check = () => {
      window.clearTimeout(wake);
      const reached = timer !== null && timerRemainingMs(timer, clock.now()) === 0;
      setUp(reached);
      const expiresAt = timer ? timerExpiresAt(timer) : null;
      // Checked again at the deadline; a timer that fires early (clock estimate moved) waits again.
      if (!reached && expiresAt !== null) wake = window.setTimeout(check, expiresAt - clock.now());
    };
    check();
    const unsubscribe = clock.offset.subscribe(check);
    return () => {
      window.clearTimeout(wake);
      unsubscribe();
    };
  }, [timer, clock]);
  return up;
}
