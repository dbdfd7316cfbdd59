import { maxPstbSelection, pstbShortlistSize, type PstbChoiceLock, type PstbShortlistBlock, type PstbShortlistTickLock, type PstbState } from '@washup/shared/pstb';

const { min, max } = pstbShortlistSize;

/** The size a shortlist may be, as a button or hint says it. */
export const shortlistRange = `${min}–${max}`;

/** What the Lead Reviewer reads under the ticks while drawing up the shortlist. */
export function shortlistHint(block: PstbShortlistBlock | null, ticked: number, unchanged: boolean, presenter: string): string {
  switch (block) {
    case 'too_few':
      return `Tick the ${min} to ${max} ideas the team voted for.`;
    case 'too_many':
      return `A shortlist has at most ${max} ideas: untick ${ticked - max}.`;
    case 'leaves_out_chosen':
      return `Keep the ideas ${presenter} has chosen on the shortlist.`;
    case null:
      if (unchanged) return 'This is the shortlist already recorded.';
      return ticked === max ? 'The shortlist is full: untick an idea to swap it for another.' : `${presenter} will choose from these ${ticked} ideas.`;
  }
}

/** Beside a tick the Lead Reviewer cannot change, so the box does not just refuse in silence. */
export const shortlistTickLockReasons: Record<PstbShortlistTickLock, string> = {
  chosen: 'Chosen, so it stays',
  full: `${max} ticked already`,
};

/** Beside the presenter's box when it cannot be ticked. */
export const choiceLockReasons: Record<PstbChoiceLock, string> = {
  not_shortlisted: 'Not on the shortlist',
  selection_full: `${maxPstbSelection} chosen already`,
};

/** Under the ideas' heading for everyone once the team has voted: who chooses from the shortlist, and when. */
export function shortlistStatus(pstb: PstbState, isPresenter: boolean): string {
  const presenter = pstb.presenter.name;
  switch (pstb.phase) {
    case 'ideas':
      return isPresenter ? 'You choose from these at the next step.' : `${presenter} chooses from these at the next step.`;
    case 'selection':
      return isPresenter ? 'You choose from these.' : `${presenter} chooses from these.`;
    default:
      return `${presenter} chose from these.`;
  }
}
