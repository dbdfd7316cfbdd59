import { catchUp } from '../session/catchUp';
import type { CouncilState } from './councilState';
import { expireCouncil } from './councilFlow';

/**
 * Brings the session up to `now`: every turn or reflection whose time ran out ends as a time-out
 * at the moment it ran out, and the next starts at that same moment. Returns the same object when
 * nothing expired, so the server can skip writing the relay doc.
 */
export function tickCouncil(state: CouncilState, now: number): CouncilState {
  return catchUp(state, now, (current) => current.timer, expireCouncil);
}
