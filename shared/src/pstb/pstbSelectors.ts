import { sessionIsPaused, sessionRemainingMs } from '../session/timedSession';
import { isPstbStep } from './pstbFlow';
import type { PstbStep } from './pstbPlan';
import { isOnPstbShortlist } from './pstbShortlist';
import { maxPstbSelection, type PstbState } from './pstbState';

/** The step under way; null before the contract is started and after the close. */
export function pstbCurrentStep(state: PstbState): PstbStep | null {
  return isPstbStep(state.phase) ? state.phase : null;
}

/** What the shared countdown shows at server time `now`; null when nothing is timed. Never negative. */
export const pstbRemainingMs: (state: PstbState, now: number) => number | null = sessionRemainingMs;
export const pstbIsPaused: (state: PstbState) => boolean = sessionIsPaused;

/** Idea generation is the team's alone: the presenter listens, and the room sees that they do. */
export function pstbOwnerListening(state: PstbState): boolean {
  return state.phase === 'ideas';
}

/** The ideas still going forward: chosen and not dropped after a critical concern, in the presenter's order. */
export function pstbIdeasGoingForward(state: PstbState): string[] {
  return state.selectedIdeaIds.filter((id) => !state.eliminatedIdeaIds.includes(id));
}

export type PstbChoiceLock = 'not_shortlisted' | 'selection_full';

/**
 * Why the presenter cannot take an idea forward now, or null when they can; a chosen idea can always
 * be put back. Off the shortlist comes first: unchoosing another idea would not open it.
 */
export function pstbChoiceLock(state: PstbState, ideaId: string): PstbChoiceLock | null {
  if (state.selectedIdeaIds.includes(ideaId)) return null;
  if (!isOnPstbShortlist(state, ideaId)) return 'not_shortlisted';
  return state.selectedIdeaIds.length >= maxPstbSelection ? 'selection_full' : null;
}
