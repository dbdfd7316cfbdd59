import { useMemo } from 'react';
import { councilEntry, pstbEntry, timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import type { RoomState } from '@washup/shared/room';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/** The relay doc's sessions, votes and timebox, for the header's timer and the phase banners. */
export function useRoomState(): RoomState {
  const votes = useRelayDocValue(votesEntry);
  const council = useRelayDocValue(councilEntry);
  const pstb = useRelayDocValue(pstbEntry);
  const timebox = useRelayDocValue(timeboxEntry);
  return useMemo(() => ({ votes, council, pstb, timebox }), [votes, council, pstb, timebox]);
}
