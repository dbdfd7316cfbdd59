import type { SessionRunFigures } from '../report/sessionRecord';
import { pstbPhaseLabels } from './pstbLabels';
import { pstbIdeasGoingForward } from './pstbSelectors';
import type { PstbState } from './pstbState';
import { pstbTimeline } from './pstbTimeline';

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
