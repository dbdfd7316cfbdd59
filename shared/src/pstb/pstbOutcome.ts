import type { OutcomeSelection } from '../report/reportOutcome';
import { pstbIdeasGoingForward } from './pstbSelectors';
import type { PstbState } from './pstbState';

/** What the report needs from a PSTB session: the problem and the ideas the owner took forward. */
export function pstbOutcomeSelection(state: PstbState): OutcomeSelection {
  return { process: 'pstb', sessionId: state.sessionId, question: state.problem, selectedIdeaIds: pstbIdeasGoingForward(state) };
}
