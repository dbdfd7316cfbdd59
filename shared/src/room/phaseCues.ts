import { councilCurrentSpeaker } from '../council/councilSelectors';
import { minuteMs } from '../session/durations';
import { timerRemainingMs } from '../session/timer';
import type { BoardViewId } from './presentation';
import type { RoomState } from './roomState';
import { timeboxRunning } from './timebox';

export const phaseCueKinds = ['voteOpened', 'voteClosing', 'councilStarted', 'pstbStarted', 'yourTurn'] as const;
export type PhaseCueKind = (typeof phaseCueKinds)[number];

/** A moment the whole room should notice: a banner (and a chime) on every device. */
export interface PhaseCue {
  kind: PhaseCueKind;
  /** Which vote, session or turn it is about: the same moment is never announced twice. */
  key: string;
  message: string;
  view: BoardViewId;
}

/** Sessions that have started: past their contract and not yet closed. */
const notStarted = new Set(['contracting', 'closed']);

/** What the Lead Reviewer does themselves: nothing to tell them about. */
const ledByTheLead: ReadonlySet<PhaseCueKind> = new Set(['voteOpened', 'councilStarted', 'pstbStarted']);

/**
 * The cues whose conditions hold in `state` at server time `now`, for the participant `me`; the
 * Lead Reviewer (`leads`) opened the vote and started the session, so only the rest are theirs.
 */
export function currentCues(state: RoomState, now: number, me: string | null, leads = false): PhaseCue[] {
  const cues = allCues(state, now, me);
  return leads ? cues.filter((cue) => !ledByTheLead.has(cue.kind)) : cues;
}

function allCues(state: RoomState, now: number, me: string | null): PhaseCue[] {
  const cues: PhaseCue[] = [];
  const { votes, council, pstb, timebox } = state;
  const open = votes?.rounds.find((entry) => entry.round.status === 'open')?.round;
  if (open) cues.push({ kind: 'voteOpened', key: open.id, message: 'Voting is open: cast your dots on the Vote tab', view: 'vote' });
  // A timebox of a minute or less is all last minute: no banner for it.
  if (open && timeboxRunning(timebox) && timebox.roundId === open.id && timebox.timer.durationMs > minuteMs) {
    const remaining = timerRemainingMs(timebox.timer, now);
    if (remaining > 0 && remaining <= minuteMs) {
      cues.push({ kind: 'voteClosing', key: `${timebox.id}`, message: 'Voting closes in one minute', view: 'vote' });
    }
  }
  if (council && !notStarted.has(council.phase)) {
    cues.push({ kind: 'councilStarted', key: council.sessionId, message: 'The Council session has started', view: 'council' });
  }
  if (pstb && !notStarted.has(pstb.phase)) {
    cues.push({ kind: 'pstbStarted', key: pstb.sessionId, message: 'The PSTB session has started', view: 'pstb' });
  }
  const speaker = council ? councilCurrentSpeaker(council) : null;
  if (council?.current && speaker && speaker.id === me) {
    const turn = `${council.sessionId}:${council.round}:${council.current.attempt}:${speaker.id}`;
    cues.push({ kind: 'yourTurn', key: turn, message: "It's your turn to speak in the Council", view: 'council' });
  }
  return cues;
}

const cueId = (cue: PhaseCue) => `${cue.kind}:${cue.key}`;

/**
 * The cues that have just begun: those holding now that did not hold at the last look. A device
 * announces only these, so opening the board in the middle of a vote rings nothing.
 */
export function newCues(before: readonly PhaseCue[], after: readonly PhaseCue[]): PhaseCue[] {
  const seen = new Set(before.map(cueId));
  return after.filter((cue) => !seen.has(cueId(cue)));
}
