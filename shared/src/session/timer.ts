import { z } from 'zod';

/**
 * A countdown stored as data. Anyone holding it and the server's time can say how much is left,
 * so every client shows the same number without the server sending ticks. `startedAt` is when the
 * current running stretch began (it moves on resume); `elapsedBeforePauseMs` is the running time
 * of the stretches before it; `pausedAt` is there only while paused.
 */
export const phaseTimerSchema = z.object({
  startedAt: z.number().int().nonnegative(),
  durationMs: z.number().int().nonnegative(),
  pausedAt: z.number().int().nonnegative().optional(),
  elapsedBeforePauseMs: z.number().int().nonnegative(),
});
export type PhaseTimer = z.infer<typeof phaseTimerSchema>;

export function startTimer(durationMs: number, at: number, paused = false): PhaseTimer {
  const timer: PhaseTimer = { startedAt: at, durationMs, elapsedBeforePauseMs: 0 };
  if (paused) timer.pausedAt = at;
  return timer;
}

export function isTimerPaused(timer: PhaseTimer): boolean {
  return timer.pausedAt !== undefined;
}

/** Running time so far. A `now` before the stretch began (a client clock behind the server's) counts as none. */
export function timerElapsedMs(timer: PhaseTimer, now: number): number {
  const end = timer.pausedAt ?? now;
  return timer.elapsedBeforePauseMs + Math.max(0, end - timer.startedAt);
}

/** Never negative: a countdown past its end shows zero, whatever the clock says. */
export function timerRemainingMs(timer: PhaseTimer, now: number): number {
  return Math.max(0, timer.durationMs - timerElapsedMs(timer, now));
}

/**
 * When the countdown's whole seconds next change: a clock face shows the seconds left rounded up,
 * so it changes when the time left reaches the next whole second below. That is the one moment a
 * face needs redrawing; null while paused or run out, since then it does not change by itself.
 */
export function timerNextSecondAt(timer: PhaseTimer, now: number): number | null {
  if (isTimerPaused(timer)) return null;
  const remaining = timerRemainingMs(timer, now);
  if (remaining === 0) return null;
  const nextWholeSecond = (Math.ceil(remaining / 1000) - 1) * 1000;
  // A clock that reads before the start sees the time left begin to fall only at the start.
  return Math.max(now, timer.startedAt) + remaining - nextWholeSecond;
}

/** When the countdown reaches zero if nobody touches it; null while paused, since then it never does. */
export function timerExpiresAt(timer: PhaseTimer): number | null {
  if (isTimerPaused(timer)) return null;
  return timer.startedAt + timer.durationMs - timer.elapsedBeforePauseMs;
}

export function pauseTimer(timer: PhaseTimer, now: number): PhaseTimer {
  return { ...timer, pausedAt: Math.max(now, timer.startedAt) };
}

export function resumeTimer(timer: PhaseTimer, now: number): PhaseTimer {
  const { pausedAt, ...running } = timer;
  if (pausedAt === undefined) return timer;
  return {
    ...running,
    startedAt: Math.max(now, pausedAt),
    elapsedBeforePauseMs: timer.elapsedBeforePauseMs + (pausedAt - timer.startedAt),
  };
}

/**
 * Moves the end of the countdown. Adding always leaves at least `deltaMs` from now (a countdown
 * already in overtime restarts from zero); taking never ends it before now, because time that has
 * already run can't be given back.
 */
export function adjustTimer(timer: PhaseTimer, deltaMs: number, now: number): PhaseTimer {
  const elapsed = timerElapsedMs(timer, now);
  const durationMs = deltaMs >= 0 ? Math.max(timer.durationMs, elapsed) + deltaMs : Math.max(elapsed, timer.durationMs + deltaMs);
  return { ...timer, durationMs };
}
