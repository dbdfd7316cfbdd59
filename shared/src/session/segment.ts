import { z } from 'zod';
import { timerElapsedMs, type PhaseTimer } from './timer';

/**
 * A timed stretch once it is over: a speaking turn, a reflection, a PSTB step. `allowedMs` is
 * the countdown it finally had (after minutes added or taken), `usedMs` the running time it took,
 * pauses excluded.
 */
export const timedSegmentSchema = z.object({
  startedAt: z.number().int().nonnegative(),
  endedAt: z.number().int().nonnegative(),
  allowedMs: z.number().int().nonnegative(),
  usedMs: z.number().int().nonnegative(),
});
export type TimedSegment = z.infer<typeof timedSegmentSchema>;

export function closeSegment(timer: PhaseTimer, startedAt: number, at: number): TimedSegment {
  return { startedAt, endedAt: Math.max(at, startedAt), allowedMs: timer.durationMs, usedMs: timerElapsedMs(timer, at) };
}
