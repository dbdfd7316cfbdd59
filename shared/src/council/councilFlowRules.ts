import { requireFacilitator, requirePersonOrFacilitator } from '../session/roleGuards';
import type { SessionActor } from '../session/actor';
import type { SessionOutcome, SessionRefusal } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { requireFromPhase, requirePhase } from '../session/phaseGuard';
import { maxCouncilRounds } from './councilConfig';
import { endCouncilReflection, endCouncilTurn, enterCouncilPhase } from './councilFlow';
import { councilPhaseLabels } from './councilLabels';
import type { CouncilPhase, CouncilState, CouncilTurnOutcome } from './councilState';

/** The facilitator's "next": ends the phase named in `from` and starts the one after it. */
export function advanceCouncil(state: CouncilState, from: CouncilPhase, actor: SessionActor, now: number): SessionOutcome<CouncilState> {
  const refusal = requireFacilitator(actor, 'move the session on') ?? requireFromPhase(state.phase, from, councilPhaseLabels);
  if (refusal) return refusal;
  switch (state.phase) {
    case 'contracting':
      return accepted(enterCouncilPhase(state, 'presenterThinking', now, false));
    case 'presenterThinking':
    case 'freshThinking':
      return accepted(endCouncilReflection(state, now, 'advance'));
    case 'question':
      if (state.question === '') return refused('question_missing', "write down the presenter's question before the first round");
      return accepted(enterCouncilPhase(state, 'round', now, false));
    case 'round':
      return refused('wrong_phase', 'a round moves on turn by turn: end the current turn with done, pass or skip');
    case 'selection':
      return accepted(enterCouncilPhase(state, 'appreciations', now, false));
    case 'appreciations':
      return accepted(enterCouncilPhase(state, 'closed', now, false));
    case 'closed':
      return refused('wrong_phase', 'the session is over');
  }
}

/** The presenter states the question after thinking aloud, and may refine it after each round. */
export function setCouncilQuestion(state: CouncilState, question: string, actor: SessionActor): SessionOutcome<CouncilState> {
  const refusal =
    requirePersonOrFacilitator(actor, state.presenter, 'presenter', 'set the question') ??
    requirePhase(state.phase, ['presenterThinking', 'question', 'freshThinking'], councilPhaseLabels, 'set the question');
  return refusal ?? accepted({ ...state, question: question.trim() });
}

/**
 * Ends the current turn by command: done, a pass, or a skip (the facilitator passing for someone
 * who cannot speak just now, who therefore still gets their second chance).
 */
export function endTurnByCommand(
  state: CouncilState,
  speakerId: string,
  outcome: Exclude<CouncilTurnOutcome, 'timeout'>,
  skipped: boolean,
  actor: SessionActor,
  now: number,
): SessionOutcome<CouncilState> {
  const refusal = mayEndTurn(actor, speakerId, skipped) ?? requirePhase(state.phase, ['round'], councilPhaseLabels, 'end a turn');
  if (refusal) return refusal;
  if (state.current?.participantId !== speakerId) {
    const name = state.participants.find((participant) => participant.id === speakerId)?.name ?? 'that person';
    return refused('not_current_speaker', `${name} is not speaking now; the turn may already have ended`);
  }
  return accepted(endCouncilTurn(state, outcome, now, skipped));
}

/** Speakers may say "done" or "pass" from their own device; skipping someone is the facilitator's call. */
function mayEndTurn(actor: SessionActor, speakerId: string, skipped: boolean): SessionRefusal | null {
  if (skipped) return requireFacilitator(actor, 'skip a turn');
  if (actor.role === 'facilitator' || actor.participantId === speakerId) return null;
  return refused('not_allowed', 'only the speaker or the Lead Reviewer can end a turn');
}

const phasesBeforeAppreciations: readonly CouncilPhase[] = ['contracting', 'presenterThinking', 'question', 'round', 'freshThinking', 'selection'];

/**
 * One more round, when the presenter asks and time allows. Asked for at selection, it reopens the
 * rounds with fresh thinking first, as between any two rounds; ideas already selected stay selected.
 */
export function addCouncilRound(state: CouncilState, actor: SessionActor, now: number): SessionOutcome<CouncilState> {
  const refusal = requireFacilitator(actor, 'add a round') ?? requirePhase(state.phase, phasesBeforeAppreciations, councilPhaseLabels, 'add a round');
  if (refusal) return refusal;
  if (state.rounds >= maxCouncilRounds) return refused('round_limit', `a Council has at most ${maxCouncilRounds} rounds`);
  const more = { ...state, rounds: state.rounds + 1 };
  return accepted(state.phase === 'selection' ? enterCouncilPhase(more, 'freshThinking', now, false) : more);
}
