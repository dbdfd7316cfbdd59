import type { CouncilPhase } from './councilState';

/** How the room names each phase, in messages and on the facilitator's console. */
export const councilPhaseLabels: Record<CouncilPhase, string> = {
  contracting: 'contracting',
  presenterThinking: "the presenter's thinking",
  question: 'the question',
  round: 'the rounds',
  freshThinking: "the presenter's fresh thinking",
  selection: 'selection',
  appreciations: 'appreciations',
  closed: 'the end of the session',
};
