import { sessionIsPaused, sessionRemainingMs } from '../session/timedSession';
import type { CouncilParticipant } from './councilConfig';
import type { CouncilAttempt, CouncilPhase, CouncilState } from './councilState';
import { nextCouncilTurn } from './councilTurnOrder';

function participant(state: CouncilState, id: string | undefined): CouncilParticipant | null {
  return state.participants.find((candidate) => candidate.id === id) ?? null;
}

/** Who holds the floor; null outside the rounds, so there is never more than one speaker. */
export function councilCurrentSpeaker(state: CouncilState): CouncilParticipant | null {
  return participant(state, state.current?.participantId);
}

const phasesBeforeARound: readonly CouncilPhase[] = ['contracting', 'presenterThinking', 'question', 'freshThinking'];

/**
 * Who speaks after the current speaker in this round, or who opens the next round while the
 * presenter is still thinking. Null when the round ends with this turn: a pass may still bring
 * the current speaker back, which nobody can know in advance.
 */
export function councilNextSpeaker(state: CouncilState): CouncilParticipant | null {
  if (state.phase === 'round') return participant(state, nextCouncilTurn(state)?.participantId);
  return phasesBeforeARound.includes(state.phase) ? (state.participants[0] ?? null) : null;
}

/** What the shared countdown shows at server time `now`; null when nothing is timed. Never negative. */
export const councilRemainingMs: (state: CouncilState, now: number) => number | null = sessionRemainingMs;
export const councilIsPaused: (state: CouncilState) => boolean = sessionIsPaused;

/** During the rounds the presenter only listens; the room sees this so nobody invites them to reply. */
export function councilPresenterListening(state: CouncilState): boolean {
  return state.phase === 'round';
}

export interface CouncilRoundProgress {
  round: number;
  rounds: number;
  /** Null outside the rounds. */
  stage: CouncilAttempt | null;
  participantCount: number;
  /** First turns finished in this round, the current one not counted. */
  firstTurnsTaken: number;
  /** Passes in this round so far: each is owed a second chance at the end of the round. */
  passes: number;
  revisitsTaken: number;
}

export function councilRoundProgress(state: CouncilState): CouncilRoundProgress {
  const thisRound = state.turns.filter((turn) => turn.round === state.round);
  const firsts = thisRound.filter((turn) => turn.attempt === 'first');
  return {
    round: state.round,
    rounds: state.rounds,
    stage: state.current?.attempt ?? null,
    participantCount: state.participants.length,
    firstTurnsTaken: firsts.length,
    passes: firsts.filter((turn) => turn.outcome === 'pass').length,
    revisitsTaken: thisRound.length - firsts.length,
  };
}
