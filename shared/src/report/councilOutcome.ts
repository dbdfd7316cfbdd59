import type { OutcomeSelection } from './reportOutcome';
import { councilRunFigures } from './councilRunFigures';
import type { CouncilState } from '../council/councilState';

/** What the report needs from a Council session at server time `now`: the question, the ideas the presenter chose and how it ran. */
export function councilOutcomeSelection(state: CouncilState, now: number): OutcomeSelection {
  return { sessionId: state.sessionId, question: state.question, selectedIdeaIds: state.selectedIdeaIds, run: councilRunFigures(state, now) };
}
