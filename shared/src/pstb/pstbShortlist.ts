import { pstbShortlistSize, type PstbPhase, type PstbState } from './pstbState';

/** The team votes once the ideas are in, and may still revise the vote while the presenter chooses. */
export const pstbShortlistPhases: readonly PstbPhase[] = ['ideas', 'selection'];

/** 3 to 5 ideas, or none, which means there is no shortlist. */
export function isPstbShortlistSize(count: number): boolean {
  return count === 0 || (count >= pstbShortlistSize.min && count <= pstbShortlistSize.max);
}

/** No shortlist leaves every idea open to the presenter. */
export function isOnPstbShortlist(state: Pick<PstbState, 'shortlistIdeaIds'>, ideaId: string): boolean {
  return state.shortlistIdeaIds.length === 0 || state.shortlistIdeaIds.includes(ideaId);
}

/**
 * The ideas the presenter already chose that `ideaIds` would leave out. The presenter chooses only from
 * the shortlist, so such a choice would be stranded; clearing the shortlist strands none.
 */
export function chosenOffPstbShortlist(state: Pick<PstbState, 'selectedIdeaIds'>, ideaIds: readonly string[]): string[] {
  if (ideaIds.length === 0) return [];
  return state.selectedIdeaIds.filter((id) => !ideaIds.includes(id));
}

export type PstbShortlistBlock = 'too_few' | 'too_many' | 'leaves_out_chosen';

/**
 * Why the facilitator cannot record `ideaIds` as the shortlist, or null when the relay would take
 * it, so a form can say so before it sends. Clearing is its own action, so none ticked is too few.
 */
export function pstbShortlistBlock(state: Pick<PstbState, 'selectedIdeaIds'>, ideaIds: readonly string[]): PstbShortlistBlock | null {
  if (ideaIds.length < pstbShortlistSize.min) return 'too_few';
  if (ideaIds.length > pstbShortlistSize.max) return 'too_many';
  return chosenOffPstbShortlist(state, ideaIds).length > 0 ? 'leaves_out_chosen' : null;
}

export type PstbShortlistTickLock = 'chosen' | 'full';

/**
 * Whether one idea's tick in a shortlist being drawn up (`ticked`) is fixed: an idea the presenter
 * chose must stay on, and once the shortlist is full an idea can only come on in place of another.
 */
export function pstbShortlistTickLock(state: Pick<PstbState, 'selectedIdeaIds'>, ticked: readonly string[], ideaId: string): PstbShortlistTickLock | null {
  if (state.selectedIdeaIds.includes(ideaId)) return 'chosen';
  if (!ticked.includes(ideaId) && ticked.length >= pstbShortlistSize.max) return 'full';
  return null;
}
