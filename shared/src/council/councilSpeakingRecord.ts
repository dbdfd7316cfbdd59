import { timerElapsedMs } from '../session/timer';
import type { CouncilAttempt, CouncilReflection, CouncilState, CouncilTurnOutcome } from './councilState';

interface SpokenTurn {
  participantId: string;
  round: number;
  attempt: CouncilAttempt;
  usedMs: number;
  /** Null for the turn still under way. */
  outcome: CouncilTurnOutcome | null;
  /** The facilitator passed for them: not their own pass. */
  skipped: boolean;
}

/** The finished turns plus the current one as it stands at `now`, so live figures add up with the finished ones. */
function turnsAt(state: CouncilState, now: number): SpokenTurn[] {
  const { current, timer } = state;
  const live = current && timer ? [{ ...current, round: state.round, usedMs: timerElapsedMs(timer, now), outcome: null, skipped: false }] : [];
  return [...state.turns, ...live];
}

export interface CouncilSpeakingEntry {
  participantId: string;
  round: number;
  /** Running time of their turns in the round, pauses excluded, the second chance included. */
  spokenMs: number;
  /** How the first turn ended; null if it has not ended yet. */
  outcome: CouncilTurnOutcome | null;
  passed: boolean;
  /** The first turn was skipped by the facilitator rather than passed by them. */
  skipped: boolean;
  /** They have had (or are having) their second chance. */
  revisited: boolean;
  revisitOutcome: CouncilTurnOutcome | null;
}

/** One entry per participant per round started, in the current speaking order. */
export function councilSpeakingRecord(state: CouncilState, now: number): CouncilSpeakingEntry[] {
  const turns = turnsAt(state, now);
  const rounds = Array.from({ length: state.round }, (_, index) => index + 1);
  return rounds.flatMap((round) =>
    state.participants.map((participant) => {
      const theirs = turns.filter((turn) => turn.round === round && turn.participantId === participant.id);
      const first = theirs.find((turn) => turn.attempt === 'first');
      const revisit = theirs.find((turn) => turn.attempt === 'revisit');
      return {
        participantId: participant.id,
        round,
        spokenMs: theirs.reduce((sum, turn) => sum + turn.usedMs, 0),
        outcome: first?.outcome ?? null,
        passed: first?.outcome === 'pass',
        skipped: first?.skipped ?? false,
        revisited: revisit !== undefined,
        revisitOutcome: revisit?.outcome ?? null,
      };
    }),
  );
}

export interface CouncilParticipantTotal {
  participantId: string;
  spokenMs: number;
  turns: number;
  /** Passes they chose; a turn the facilitator skipped counts under `skips`. */
  passes: number;
  skips: number;
  timeouts: number;
}

export interface CouncilTotals {
  /** All speaking in the rounds, pauses excluded. */
  speakingMs: number;
  presenterThinkingMs: number;
  freshThinkingMs: number;
  /** From the end of contracting to the close (or `now`), pauses included. */
  sessionMs: number;
  byParticipant: CouncilParticipantTotal[];
}

export function councilTotals(state: CouncilState, now: number): CouncilTotals {
  const turns = turnsAt(state, now);
  const reflected = (kind: CouncilReflection['kind']) => {
    const finished = state.reflections.filter((reflection) => reflection.kind === kind).reduce((sum, reflection) => sum + reflection.usedMs, 0);
    return finished + (state.phase === kind && state.timer ? timerElapsedMs(state.timer, now) : 0);
  };
  const byParticipant = state.participants.map((participant) => {
    const theirs = turns.filter((turn) => turn.participantId === participant.id);
    return {
      participantId: participant.id,
      spokenMs: theirs.reduce((sum, turn) => sum + turn.usedMs, 0),
      turns: theirs.length,
      passes: theirs.filter((turn) => turn.outcome === 'pass' && !turn.skipped).length,
      skips: theirs.filter((turn) => turn.skipped).length,
      timeouts: theirs.filter((turn) => turn.outcome === 'timeout').length,
    };
  });
  return {
    speakingMs: turns.reduce((sum, turn) => sum + turn.usedMs, 0),
    presenterThinkingMs: reflected('presenterThinking'),
    freshThinkingMs: reflected('freshThinking'),
    sessionMs: state.startedAt === null ? 0 : Math.max(0, (state.closedAt ?? now) - state.startedAt),
    byParticipant,
  };
}
