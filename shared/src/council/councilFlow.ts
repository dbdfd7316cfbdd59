import { closeSegment } from '../session/segment';
import { isTimerPaused, startTimer } from '../session/timer';
import type { CouncilPhase, CouncilReflection, CouncilState, CouncilTurn, CouncilTurnOutcome } from './councilState';
import { nextCouncilTurn } from './councilTurnOrder';

/**
 * How the session moves from one segment to the next. Every step takes the moment `at` it
 * happens, which for a time-out is the moment the countdown ran out, not when the server noticed.
 * `paused` carries a pause over from a segment ended by command while paused, so the next
 * speaker's clock does not start while the room is still stopped.
 */
export function enterCouncilPhase(state: CouncilState, phase: CouncilPhase, at: number, paused: boolean): CouncilState {
  const entered: CouncilState = { ...state, phase, current: null, timer: null, segmentStartedAt: at };
  switch (phase) {
    case 'presenterThinking':
      return { ...entered, timer: startTimer(state.settings.presenterThinkingMs, at, paused), startedAt: state.startedAt ?? at };
    case 'freshThinking':
      return { ...entered, timer: startTimer(state.settings.freshThinkingMs, at, paused) };
    case 'round':
      return continueRound({ ...entered, round: state.round + 1 }, at, paused);
    case 'closed':
      return { ...entered, closedAt: at };
    default:
      return entered;
  }
}

/** Gives the floor to the next in the round, or ends the round: fresh thinking if more rounds are planned, else selection. */
function continueRound(state: CouncilState, at: number, paused: boolean): CouncilState {
  const next = nextCouncilTurn(state);
  if (next) return { ...state, phase: 'round', current: next, timer: startTimer(state.settings.turnMs, at, paused), segmentStartedAt: at };
  return enterCouncilPhase(state, state.round < state.rounds ? 'freshThinking' : 'selection', at, paused);
}

export function endCouncilTurn(state: CouncilState, outcome: CouncilTurnOutcome, at: number, skipped = false): CouncilState {
  const { current, timer } = state;
  if (!current || !timer) return state;
  const turn: CouncilTurn = {
    ...closeSegment(timer, state.segmentStartedAt, at),
    participantId: current.participantId,
    round: state.round,
    attempt: current.attempt,
    outcome,
    skipped,
  };
  return continueRound({ ...state, current: null, turns: [...state.turns, turn] }, at, isTimerPaused(timer));
}

/** Ends the presenter's thinking (then the question is stated) or fresh thinking (then the next round starts). */
export function endCouncilReflection(state: CouncilState, at: number, endedBy: CouncilReflection['endedBy']): CouncilState {
  const { phase, timer } = state;
  if (!timer || (phase !== 'presenterThinking' && phase !== 'freshThinking')) return state;
  const reflection: CouncilReflection = { ...closeSegment(timer, state.segmentStartedAt, at), kind: phase, afterRound: state.round, endedBy };
  const reflected = { ...state, reflections: [...state.reflections, reflection] };
  return enterCouncilPhase(reflected, phase === 'presenterThinking' ? 'question' : 'round', at, isTimerPaused(timer));
}

/** What running out of time means in each timed phase. */
export function expireCouncil(state: CouncilState, at: number): CouncilState {
  switch (state.phase) {
    case 'round':
      return endCouncilTurn(state, 'timeout', at);
    case 'presenterThinking':
    case 'freshThinking':
      return endCouncilReflection(state, at, 'timeout');
    default:
      return state;
  }
}
