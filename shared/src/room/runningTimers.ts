import { councilCurrentSpeaker } from '../council/councilSelectors';
import { pstbPhaseLabels } from '../pstb/pstbLabels';
import type { PhaseTimer } from '../session/timer';
import type { BoardViewId } from './presentation';
import type { RoomState } from './roomState';
import { timeboxRunning } from './timebox';

/** One countdown running in the room, as the header names it: "Council: Ana's turn", "Vote closes". */
export interface RunningTimer {
  key: string;
  label: string;
  /**
   * The one word a small screen shows ("Council", "PSTB", "Vote", or the timebox's own name), so
   * chips side by side stay told apart when the full label does not fit.
   */
  shortLabel: string;
  timer: PhaseTimer;
  /** The view where it runs, for a link to it. */
  view: BoardViewId;
}

/** The room's running countdowns, sessions first (the room's focus while one runs), then the timebox. */
export function runningTimers(state: RoomState): RunningTimer[] {
  const timers: RunningTimer[] = [];
  const { council, pstb, timebox, votes } = state;
  if (council?.timer && council.phase !== 'closed') {
    const speaker = councilCurrentSpeaker(council);
    timers.push({
      key: 'council',
      label: speaker ? `Council: ${speaker.name}'s turn` : 'Council: thinking time',
      shortLabel: 'Council',
      timer: council.timer,
      view: 'council',
    });
  }
  if (pstb?.timer && pstb.phase !== 'closed') {
    timers.push({ key: 'pstb', label: `PSTB: ${pstbPhaseLabels[pstb.phase]}`, shortLabel: 'PSTB', timer: pstb.timer, view: 'pstb' });
  }
  if (timeboxRunning(timebox)) {
    const round = timebox.roundId ? votes?.rounds.find((entry) => entry.round.id === timebox.roundId) : undefined;
    const forOpenVote = round?.round.status === 'open';
    timers.push({
      key: `timebox:${timebox.id}`,
      label: forOpenVote ? 'Vote closes' : timebox.label,
      shortLabel: forOpenVote ? 'Vote' : timebox.label,
      timer: timebox.timer,
      view: forOpenVote ? 'vote' : 'board',
    });
  }
  return timers;
}
