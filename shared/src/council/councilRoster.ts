import { requireFacilitator } from '../session/roleGuards';
import type { SessionActor } from '../session/actor';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { requirePhase } from '../session/phaseGuard';
import { councilPhaseLabels } from './councilLabels';
import { councilPhases, type CouncilState } from './councilState';

/**
 * A new speaking order, naming every participant once. Turns already taken stay as they were
 * and the current speaker keeps the floor: only turns not yet taken follow the new order.
 */
export function reorderCouncil(state: CouncilState, order: readonly string[], actor: SessionActor): SessionOutcome<CouncilState> {
  const refusal =
    requireFacilitator(actor, 'change the speaking order') ??
    requirePhase(
      state.phase,
      councilPhases.filter((phase) => phase !== 'closed'),
      councilPhaseLabels,
      'change the speaking order',
    );
  if (refusal) return refusal;
  const byId = new Map(state.participants.map((participant) => [participant.id, participant]));
  const reordered = order.flatMap((id) => byId.get(id) ?? []);
  if (new Set(order).size !== order.length || reordered.length !== order.length || order.length !== state.participants.length) {
    return refused('invalid_order', 'the new order must name every participant exactly once');
  }
  return accepted({ ...state, participants: reordered });
}
