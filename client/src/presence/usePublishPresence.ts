import { useEffect } from 'react';
import type { PresenceLocation } from '@washup/shared/presence';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/**
 * Tells everyone on the board where this device's person is. Who they are (name, role, colour)
 * is not sent: the relay adds it from the token this device connected with.
 */
export function usePublishPresence(location: PresenceLocation): void {
  const { awareness } = useBoardConnection();
  useEffect(() => {
    awareness.setLocalStateField('user', { location });
  }, [awareness, location]);
}
