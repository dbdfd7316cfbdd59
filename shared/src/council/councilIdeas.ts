import { requireContributor, requirePersonOrFacilitator } from '../session/roleGuards';
import type { SessionActor } from '../session/actor';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { toggleId } from '../session/idList';
import { requirePhase } from '../session/phaseGuard';
import { councilPhaseLabels } from './councilLabels';
import type { CouncilState } from './councilState';

/** The presenter alone chooses which ideas to pursue; the facilitator may click for a presenter without a device. */
export function selectCouncilIdea(state: CouncilState, ideaId: string, selected: boolean, actor: SessionActor): SessionOutcome<CouncilState> {
  const doing = selected ? 'select an idea' : 'unselect an idea';
  const refusal = requirePersonOrFacilitator(actor, state.presenter, 'presenter', doing) ?? requirePhase(state.phase, ['selection'], councilPhaseLabels, doing);
  if (refusal) return refusal;
  const next = toggleId(state.selectedIdeaIds, ideaId, selected, {
    present: refused('already_selected', 'this idea is already selected'),
    absent: refused('not_selected', 'this idea is not selected'),
  });
  return next.ok ? accepted({ ...state, selectedIdeaIds: next.value }) : next;
}

/** Records that someone wrote an appreciation (its text is in the board doc), so the room sees who has. */
export function appreciateInCouncil(state: CouncilState, appreciationId: string, actor: SessionActor, now: number): SessionOutcome<CouncilState> {
  const refusal = requireContributor(actor, 'write appreciations') ?? requirePhase(state.phase, ['appreciations'], councilPhaseLabels, 'write appreciations');
  if (refusal) return refusal;
  if (state.appreciations.some((entry) => entry.appreciationId === appreciationId)) {
    return refused('already_appreciated', 'this appreciation is already recorded');
  }
  return accepted({ ...state, appreciations: [...state.appreciations, { appreciationId, participantId: actor.participantId, at: now }] });
}
