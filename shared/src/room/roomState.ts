import type { CouncilState } from '../council/councilState';
import type { PstbState } from '../pstb/pstbState';
import type { VotesState } from '../voting/votesState';
import type { Timebox } from './timebox';

/** What the room's phase cues and the header's timer look at: the relay doc's session, vote and timebox entries. */
export interface RoomState {
  votes: VotesState | undefined;
  council: CouncilState | undefined;
  pstb: PstbState | undefined;
  timebox: Timebox | undefined;
}
