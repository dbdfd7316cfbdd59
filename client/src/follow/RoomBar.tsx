import type { BoardViewId } from '@washup/shared/room';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { FollowToggle } from './FollowToggle';
import { PresentButton } from './PresentButton';
import { RoomTimers } from './RoomTimers';
import { TimeboxControl } from './TimeboxControl';
import './follow.css';

/**
 * The header's room line on every tab: the running timers, and either the Lead Reviewer's
 * "Bring everyone here" and timebox, or this device's choice to follow the Lead.
 */
export function RoomBar({ view }: { view: BoardViewId }) {
  const { identity } = useBoardConnection();
  const leads = identity.role === 'facilitator';
  return (
    <div className="room-bar">
      <RoomTimers />
      <div className="room-bar__controls">
        {leads ? (
          <>
            <PresentButton view={view} />
            <TimeboxControl />
          </>
        ) : (
          <FollowToggle />
        )}
      </div>
    </div>
  );
}
