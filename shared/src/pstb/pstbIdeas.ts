import { requireFacilitator, requirePerson } from '../session/roleGuards';
import type { SessionActor } from '../session/actor';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { toggleId } from '../session/idList';
import { requirePhase } from '../session/phaseGuard';
import { pstbPhaseLabels } from './pstbLabels';
import { pstbChoiceLock, type PstbChoiceLock } from './pstbSelectors';
import { chosenOffPstbShortlist, pstbShortlistPhases } from './pstbShortlist';
import { maxPstbSelection, type PstbState } from './pstbState';

// PSTB's own word for its presenter, as the screens show it.
const presenterAsShown = 'owner of the problem';

const choiceLockMessages: Record<PstbChoiceLock, string> = {
  not_shortlisted: 'choose from the shortlist the team voted for',
  selection_full: `the owner takes at most ${maxPstbSelection} ideas forward`,
};

/**
 * Records the team's shortlist vote (3 to 5 ideas; none clears it). The presenter then chooses only
 * from it, so an earlier choice outside the new shortlist must be undone first.
 */
export function shortlistPstbIdeas(state: PstbState, ideaIds: readonly string[], actor: SessionActor): SessionOutcome<PstbState> {
  const refusal = requireFacilitator(actor, 'record the shortlist') ?? requirePhase(state.phase, pstbShortlistPhases, pstbPhaseLabels, 'shortlist ideas');
  if (refusal) return refusal;
  if (chosenOffPstbShortlist(state, ideaIds).length > 0) {
    return refused('not_shortlisted', `${state.presenter.name} has already chosen an idea this shortlist leaves out; keep that idea on the shortlist`);
  }
  return accepted({ ...state, shortlistIdeaIds: [...ideaIds] });
}

/** The presenter alone chooses, one to three ideas, from the shortlist when there is one. */
export function selectPstbIdea(state: PstbState, ideaId: string, selected: boolean, actor: SessionActor): SessionOutcome<PstbState> {
  const doing = selected ? 'choose an idea' : 'unchoose an idea';
  const refusal = requirePerson(actor, state.presenter, presenterAsShown, doing) ?? requirePhase(state.phase, ['selection'], pstbPhaseLabels, doing);
  if (refusal) return refusal;
  const lock = selected ? pstbChoiceLock(state, ideaId) : null;
  if (lock) return refused(lock, choiceLockMessages[lock]);
  const next = toggleId(state.selectedIdeaIds, ideaId, selected, {
    present: refused('already_selected', 'this idea is already chosen'),
    absent: refused('not_selected', 'this idea is not chosen'),
  });
  return next.ok ? accepted({ ...state, selectedIdeaIds: next.value }) : next;
}

/** After a critical concern the presenter may drop a chosen idea, and take it back if that was a slip. */
export function eliminatePstbIdea(state: PstbState, ideaId: string, eliminated: boolean, actor: SessionActor): SessionOutcome<PstbState> {
  const doing = eliminated ? 'drop an idea' : 'reinstate an idea';
  const refusal = requirePerson(actor, state.presenter, presenterAsShown, doing) ?? requirePhase(state.phase, ['concerns'], pstbPhaseLabels, doing);
  if (refusal) return refusal;
  if (!state.selectedIdeaIds.includes(ideaId)) return refused('not_selected', 'only a chosen idea can be dropped or reinstated');
  const next = toggleId(state.eliminatedIdeaIds, ideaId, eliminated, {
    present: refused('already_eliminated', 'this idea is already dropped'),
    absent: refused('not_eliminated', 'this idea was not dropped'),
  });
  return next.ok ? accepted({ ...state, eliminatedIdeaIds: next.value }) : next;
}
