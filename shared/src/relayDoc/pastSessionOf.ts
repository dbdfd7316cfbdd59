import { enterCouncilPhase } from '../council/councilFlow';
import type { CouncilState } from '../council/councilState';
import { enterPstbPhase } from '../pstb/pstbFlow';
import type { PstbState } from '../pstb/pstbState';
import type { PastSession } from './pastSessionsEntry';

/**
 * The session as the history keeps it once another is started at `now`: a closed one as it is; a
 * running one closed there and then by its own machine (its countdown stops, `closedAt` is now),
 * marked as replaced with the phase it was in, so nobody reads it as having run to its end.
 */
export function pastSessionOf(session: CouncilState | PstbState, now: number): PastSession {
  if (session.phase === 'closed') {
    // Spelled out per process: the history's type pairs each state with its own phases.
    return session.process === 'council' ? { session, ending: 'closed', replacedDuring: null } : { session, ending: 'closed', replacedDuring: null };
  }
  if (session.process === 'council') {
    return { session: enterCouncilPhase(session, 'closed', now, false), ending: 'replaced', replacedDuring: session.phase };
  }
  return { session: enterPstbPhase(session, 'closed', now, false), ending: 'replaced', replacedDuring: session.phase };
}
