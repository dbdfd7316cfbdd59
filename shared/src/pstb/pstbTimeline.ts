import { timerElapsedMs, timerRemainingMs } from '../session/timer';
import { pstbSteps, type PstbStep } from './pstbPlan';
import type { PstbState, PstbStepRecord } from './pstbState';

export interface PstbTimelineEntry {
  step: PstbStep;
  status: 'done' | 'current' | 'upcoming';
  /** The step's share of the contract. */
  plannedMs: number;
  /** The countdown it had in the end, with minutes added or taken. */
  allowedMs: number;
  /** Running time taken so far, pauses excluded; null until it starts. */
  actualMs: number | null;
  startedAt: number | null;
  endedAt: number | null;
  endedBy: PstbStepRecord['endedBy'] | null;
}

export interface PstbTimeline {
  contractMs: number;
  steps: PstbTimelineEntry[];
  /** Running time of all steps so far; above the contract when the team ran over. */
  usedMs: number;
  /**
   * When the session will end if the current step runs its course and the rest keep to plan
   * (a paused clock counted as resuming now); the close time once closed; null before the start.
   */
  projectedEndAt: number | null;
}

/** Each step's planned and actual time at server time `now`, for the facilitator's timeline. */
export function pstbTimeline(state: PstbState, now: number): PstbTimeline {
  const steps = pstbSteps.map((step): PstbTimelineEntry => {
    const plannedMs = state.plan[step];
    const done = state.history.find((record) => record.step === step);
    if (done) {
      const { startedAt, endedAt, allowedMs, usedMs, endedBy } = done;
      return { step, status: 'done', plannedMs, allowedMs, actualMs: usedMs, startedAt, endedAt, endedBy };
    }
    if (state.phase === step && state.timer) {
      const timer = state.timer;
      return { step, status: 'current', plannedMs, allowedMs: timer.durationMs, actualMs: timerElapsedMs(timer, now), startedAt: state.segmentStartedAt, endedAt: null, endedBy: null };
    }
    return { step, status: 'upcoming', plannedMs, allowedMs: plannedMs, actualMs: null, startedAt: null, endedAt: null, endedBy: null };
  });
  const upcomingMs = steps.filter((entry) => entry.status === 'upcoming').reduce((sum, entry) => sum + entry.plannedMs, 0);
  const projectedEndAt =
    state.closedAt ?? (state.startedAt === null || !state.timer ? null : Math.max(now, state.segmentStartedAt) + timerRemainingMs(state.timer, now) + upcomingMs);
  return {
    contractMs: state.contractMs,
    steps,
    usedMs: steps.reduce((sum, entry) => sum + (entry.actualMs ?? 0), 0),
    projectedEndAt,
  };
}
