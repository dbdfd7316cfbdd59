import { closeSegment } from '../session/segment';
import { isTimerPaused, startTimer } from '../session/timer';
import { pstbSteps, type PstbStep } from './pstbPlan';
import { pstbPhases, type PstbPhase, type PstbState, type PstbStepRecord } from './pstbState';

export function isPstbStep(phase: PstbPhase): phase is PstbStep {
  return pstbSteps.some((step) => step === phase);
}

function phaseAfter(phase: PstbPhase): PstbPhase {
  return pstbPhases[pstbPhases.indexOf(phase) + 1] ?? 'closed';
}

/**
 * Enters a phase at `at`, each step with its planned share of the contract. `paused` carries a
 * pause over from a step ended by command while paused: the room is still stopped.
 */
export function enterPstbPhase(state: PstbState, phase: PstbPhase, at: number, paused: boolean): PstbState {
  const entered: PstbState = { ...state, phase, timer: null, overtime: false, segmentStartedAt: at };
  if (phase === 'closed') return { ...entered, closedAt: at };
  if (!isPstbStep(phase)) return entered;
  return { ...entered, timer: startTimer(state.plan[phase], at, paused), startedAt: state.startedAt ?? at };
}

/** Ends the current step at `at`, records how long it took, and starts the next from the same moment. */
export function endPstbStep(state: PstbState, at: number, endedBy: PstbStepRecord['endedBy']): PstbState {
  const { phase, timer } = state;
  if (!timer || !isPstbStep(phase)) return state;
  const record: PstbStepRecord = { ...closeSegment(timer, state.segmentStartedAt, at), step: phase, endedBy };
  return enterPstbPhase({ ...state, history: [...state.history, record] }, phaseAfter(phase), at, isTimerPaused(timer));
}

/**
 * A step whose time runs out ends there, except selection with nothing chosen: benefits and
 * concerns of no idea would be no step at all, so selection runs into overtime instead.
 */
export function expirePstb(state: PstbState, at: number): PstbState {
  if (state.phase === 'selection' && state.selectedIdeaIds.length === 0) return { ...state, overtime: true };
  return endPstbStep(state, at, 'timeout');
}
