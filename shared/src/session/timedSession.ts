import { z } from 'zod';
import { isTimerPaused, phaseTimerSchema, timerRemainingMs, type PhaseTimer } from './timer';

/**
 * The fields every facilitated session has, whatever its process: the countdown of what is
 * happening now, when that began, and the session's own start and end.
 */
export const timedSessionShape = {
  /** The countdown of the current turn, reflection or step; null in untimed phases. */
  timer: phaseTimerSchema.nullable(),
  /** When the current turn, reflection, step or untimed phase began. */
  segmentStartedAt: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  /** When contracting ended and the clock first ran. */
  startedAt: z.number().int().nonnegative().nullable(),
  closedAt: z.number().int().nonnegative().nullable(),
};

export interface TimedSession {
  timer: PhaseTimer | null;
}

/** What the shared countdown shows at server time `now`; null when nothing is timed. Never negative. */
export function sessionRemainingMs(state: TimedSession, now: number): number | null {
  return state.timer ? timerRemainingMs(state.timer, now) : null;
}

export function sessionIsPaused(state: TimedSession): boolean {
  return state.timer !== null && isTimerPaused(state.timer);
}
