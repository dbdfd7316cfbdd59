import { requireFacilitator, requirePersonOrFacilitator } from '../session/roleGuards';
import type { SessionActor } from '../session/actor';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { requireFromPhase, requirePhase } from '../session/phaseGuard';
import { endPstbStep, enterPstbPhase } from './pstbFlow';
import { pstbPhaseLabels } from './pstbLabels';
import { pstbContractMs, splitPstbContract } from './pstbPlan';
import type { PstbPhase, PstbState } from './pstbState';

/** The facilitator's "next": ends the step named in `from` and starts the one after it. */
export function advancePstb(state: PstbState, from: PstbPhase, actor: SessionActor, now: number): SessionOutcome<PstbState> {
  const refusal = requireFacilitator(actor, 'move the session on') ?? requireFromPhase(state.phase, from, pstbPhaseLabels);
  if (refusal) return refusal;
  switch (state.phase) {
    case 'contracting':
      return accepted(enterPstbPhase(state, 'problem', now, false));
    case 'selection':
      if (state.selectedIdeaIds.length === 0) return refused('selection_empty', 'the owner has not chosen an idea to take forward yet');
      return accepted(endPstbStep(state, now, 'advance'));
    case 'closed':
      return refused('wrong_phase', 'the session is over');
    default:
      return accepted(endPstbStep(state, now, 'advance'));
  }
}

/** The contract is agreed before the clock starts; changing it re-splits every step. */
export function setPstbContract(state: PstbState, contractMinutes: number, actor: SessionActor): SessionOutcome<PstbState> {
  const refusal = requireFacilitator(actor, 'set the time contract') ?? requirePhase(state.phase, ['contracting'], pstbPhaseLabels, 'change the time contract');
  if (refusal) return refusal;
  const contractMs = pstbContractMs(contractMinutes);
  return accepted({ ...state, contractMs, plan: splitPstbContract(contractMs) });
}

/** The presenter's "How do I ...?", typed by them or by the facilitator as they say it. */
export function setPstbProblem(state: PstbState, problem: string, actor: SessionActor): SessionOutcome<PstbState> {
  const refusal =
    requirePersonOrFacilitator(actor, state.presenter, 'owner of the problem', 'state the problem') ??
    requirePhase(state.phase, ['contracting', 'problem'], pstbPhaseLabels, 'state the problem');
  return refusal ?? accepted({ ...state, problem: problem.trim() });
}
