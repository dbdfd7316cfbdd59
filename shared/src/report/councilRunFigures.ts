import type { SessionRunFigures } from './sessionRecord';
import { councilPhaseLabels } from '../council/councilLabels';
import { councilTotals } from '../council/councilSpeakingRecord';
import type { CouncilState } from '../council/councilState';

/**
 * How a Council session ran at server time `now`, for the report's record: totals for the whole
 * circle, never who said what, since a peer-review report attributes nothing to a named reviewer.
 */
export function councilRunFigures(state: CouncilState, now: number): SessionRunFigures {
  const totals = councilTotals(state, now);
  return {
    process: 'council',
    underWayAt: state.phase === 'closed' ? null : councilPhaseLabels[state.phase],
    rounds: state.round,
    participants: totals.byParticipant.length,
    speakers: totals.byParticipant.filter((participant) => participant.turns > participant.passes + participant.skips).length,
    speakingMs: totals.speakingMs,
    passes: totals.byParticipant.reduce((sum, participant) => sum + participant.passes, 0),
    chosen: state.selectedIdeaIds.length,
  };
}
