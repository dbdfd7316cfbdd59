import { councilOutcomeSelection } from './councilOutcome';
import type { CouncilState } from '../council/councilState';
import { pstbOutcomeSelection } from './pstbOutcome';
import type { PstbState } from '../pstb/pstbState';
import type { OutcomeSelection } from './reportOutcome';

/**
 * The Council and PSTB sessions in the relay doc that reached the host's choice, earliest
 * first, as they stand at server time `now`. A session with nothing chosen has no outcome to
 * report yet; one chosen but not yet closed is reported with its record saying so.
 */
export function sessionOutcomes(council: CouncilState | undefined, pstb: PstbState | undefined, now: number): OutcomeSelection[] {
  const sessions: Array<{ createdAt: number; selection: OutcomeSelection }> = [];
  if (council) sessions.push({ createdAt: council.createdAt, selection: councilOutcomeSelection(council, now) });
  if (pstb) sessions.push({ createdAt: pstb.createdAt, selection: pstbOutcomeSelection(pstb, now) });
  return sessions
    .filter((session) => session.selection.selectedIdeaIds.length > 0)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((session) => session.selection);
}
