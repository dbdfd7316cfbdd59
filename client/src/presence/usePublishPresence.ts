import { useEffect } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { colourFor } from './colours';
import type { PresenceLocation, PresenceUser } from './presenceUser';

/** Tells everyone on the board who is on this device and where they are. */
export function usePublishPresence(location: PresenceLocation): void {
  const { awareness, identity } = useBoardConnection();
  const { participantId, name, role } = identity;
  useEffect(() => {
    const user: PresenceUser = { participantId, name, role, location, colour: colourFor(participantId) };
    awareness.setLocalStateField('user', user);
  }, [awareness, participantId, name, role, location]);
}
