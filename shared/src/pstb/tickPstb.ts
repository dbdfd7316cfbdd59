import { catchUp } from '../session/catchUp';
import { expirePstb } from './pstbFlow';
import type { PstbState } from './pstbState';

/**
 * Brings the session up to `now`: every step whose time ran out ends at the moment it ran out and
 * the next starts then. Returns the same object when nothing expired, so the server can skip writing.
 */
export function tickPstb(state: PstbState, now: number): PstbState {
  return catchUp(state, now, (current) => (current.overtime ? null : current.timer), expirePstb);
}
