import type { SessionRunFigures } from './sessionRecord';
import { pstbPhaseLabels } from '../pstb/pstbLabels';
import { pstbIdeasGoingForward } from '../pstb/pstbSelectors';
import type { PstbState } from '../pstb/pstbState';
import { pstbTimeline } from '../pstb/pstbTimeline';

/** How a PSTB session ran at server time `now`, for the report's record: the contract against the time taken, and the owner's choices. */
export function pstbRunFigures(state: PstbState, now: number): SessionRunFigures {
  const timeline = pstbTimeline(state, now);
  return {
    process: 'pstb',
    underWayAt: state.phase === 'closed' ? null : pstbPhaseLabels[state.phase],
    contractMs: timeline.contractMs,
    usedMs: timeline.usedMs,
    shortlisted: state.shortlistIdeaIds.length,
    chosen: state.selectedIdeaIds.length,
    dropped: state.selectedIdeaIds.length - pstbIdeasGoingForward(state).length,
  };
}
