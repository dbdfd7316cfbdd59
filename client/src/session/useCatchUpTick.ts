import { useEffect } from 'react';
import { isPersonRole } from '@washup/shared/auth';
import { sendCommand } from '../api/commands';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** Long enough for the relay's own wake-up to have landed and synced in the normal case. */
const graceMs = 2000;

/**
 * The relay ends a countdown itself; only if it restarted meanwhile does nothing move when the
 * clock reaches zero. Then this device asks it to catch up. Sending it twice does no harm: the
 * relay decides from its own clock.
 */
export function useCatchUpTick(process: 'council' | 'pstb', timeUp: boolean, segmentKey: string | null): void {
  const { boardId, identity } = useBoardConnection();
  // A screen link runs no command: the people's devices ask.
  const asks = isPersonRole(identity.role);
  useEffect(() => {
    if (!timeUp || !asks) return;
    const timeout = window.setTimeout(() => {
      sendCommand(boardId, identity.token, { type: `${process}.tick` }).catch(() => {
        // Offline or refused: any other device showing zero asks too, and so does the next command.
      });
    }, graceMs);
    return () => window.clearTimeout(timeout);
  }, [process, timeUp, asks, segmentKey, boardId, identity.token]);
}
