import type { OutcomeSelection } from './reportOutcome';
import { pstbRunFigures } from './pstbRunFigures';
import { pstbIdeasGoingForward } from '../pstb/pstbSelectors';
import type { PstbState } from '../pstb/pstbState';

/** What the report needs from a PSTB session at server time `now`: the problem, the ideas the presenter took forward and how it ran. */
export function pstbOutcomeSelection(state: PstbState, now: number): OutcomeSelection {
  return { sessionId: state.sessionId, question: state.problem, selectedIdeaIds: pstbIdeasGoingForward(state), run: pstbRunFigures(state, now) };
}
