import type { OutcomeSelection } from '../report/reportOutcome';
import type { CouncilState } from './councilState';

/** What the report needs from a Council session: the question and the ideas the presenter chose. */
export function councilOutcomeSelection(state: CouncilState): OutcomeSelection {
  return { process: 'council', sessionId: state.sessionId, question: state.question, selectedIdeaIds: state.selectedIdeaIds };
}
