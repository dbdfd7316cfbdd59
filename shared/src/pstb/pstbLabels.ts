import type { PstbPhase } from './pstbState';

/** How the room names each phase, in messages and on the facilitator's console. */
export const pstbPhaseLabels: Record<PstbPhase, string> = {
  contracting: 'the time contract',
  problem: 'the problem statement',
  ideas: 'idea generation',
  selection: 'idea selection',
  benefits: 'benefits and concerns',
  concerns: 'critical concerns',
  actions: 'action planning',
  closed: 'the end of the session',
};
