import { z } from 'zod';
import { timerStepMs } from './durations';
import type { SessionOutcome } from './outcome';
import { accepted, refused } from './verdicts';
import type { SessionActor } from './actor';
import { requireFacilitator } from './roleGuards';
import { adjustTimer, isTimerPaused, pauseTimer, resumeTimer, timerRemainingMs, type PhaseTimer } from './timer';

export const timerActions = ['pause', 'resume', 'addMinute', 'takeMinute'] as const;
export type TimerAction = (typeof timerActions)[number];

/** The facilitator's clock controls, the same in every timed process: `<prefix>.pause` and so on. */
export function timerCommandSchemas<P extends string>(prefix: P) {
  return [
    z.object({ type: z.literal(`${prefix}.pause` as `${P}.pause`) }),
    z.object({ type: z.literal(`${prefix}.resume` as `${P}.resume`) }),
    z.object({ type: z.literal(`${prefix}.addMinute` as `${P}.addMinute`) }),
    z.object({ type: z.literal(`${prefix}.takeMinute` as `${P}.takeMinute`) }),
  ] as const;
}

export type TimerCommandType<P extends string> = `${P}.${TimerAction}`;

export function timerActionOf(type: TimerCommandType<string>): TimerAction {
  const action = type.slice(type.lastIndexOf('.') + 1);
  const known = timerActions.find((candidate) => candidate === action);
  if (!known) throw new Error(`not a timer command: ${type}`);
  return known;
}

/** Applies a clock control to whatever is being timed now; an untimed phase has nothing to pause. */
export function applyTimerAction<S extends { timer: PhaseTimer | null }>(state: S, action: TimerAction, now: number): SessionOutcome<S> {
  const { timer } = state;
  if (!timer) return refused('no_timer', 'nothing is being timed at the moment');
  const paused = isTimerPaused(timer);
  switch (action) {
    case 'pause':
      if (paused) return refused('already_paused', 'the clock is already paused');
      return accepted({ ...state, timer: pauseTimer(timer, now) });
    case 'resume':
      if (!paused) return refused('not_paused', 'the clock is not paused');
      return accepted({ ...state, timer: resumeTimer(timer, now) });
    case 'addMinute':
      return accepted({ ...state, timer: adjustTimer(timer, timerStepMs, now) });
    case 'takeMinute':
      if (timerRemainingMs(timer, now) === 0) return refused('no_time_left', 'there is no time left to take');
      return accepted({ ...state, timer: adjustTimer(timer, -timerStepMs, now) });
  }
}

/** A clock command as sent: only the facilitator runs the clock. */
export function applyClockCommand<S extends { timer: PhaseTimer | null }>(
  state: S,
  type: TimerCommandType<string>,
  actor: SessionActor,
  now: number,
): SessionOutcome<S> {
  return requireFacilitator(actor, 'run the clock') ?? applyTimerAction(state, timerActionOf(type), now);
}
