import { councilOutcomeSelection } from './councilOutcome';
import type { CouncilState } from '../council/councilState';
import { pstbOutcomeSelection } from './pstbOutcome';
import type { PstbState } from '../pstb/pstbState';
import type { PastSession } from '../relayDoc/pastSessionsEntry';
import type { OutcomeSelection } from './reportOutcome';

function outcomeSelection(session: CouncilState | PstbState, now: number): OutcomeSelection {
  return session.process === 'council' ? councilOutcomeSelection(session, now) : pstbOutcomeSelection(session, now);
}

/**
 * The Council and PSTB sessions in the relay doc that reached the host's choice, earliest
 * first, as they stand at server time `now`: the board's earlier sessions and its current ones.
 * A session with nothing chosen has no outcome to report yet; one chosen but not yet closed is
 * reported with its record saying so.
 */
export function sessionOutcomes(council: CouncilState | undefined, pstb: PstbState | undefined, now: number, past: readonly PastSession[] = []): OutcomeSelection[] {
  const sessions = [...past.map((earlier) => earlier.session), ...(council ? [council] : []), ...(pstb ? [pstb] : [])];
  return sessions
    .map((session) => ({ createdAt: session.createdAt, selection: outcomeSelection(session, now) }))
    .filter((session) => session.selection.selectedIdeaIds.length > 0)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((session) => session.selection);
}
