import type { PstbState } from '@washup/shared/pstb';
import { shortlistStatus } from './shortlistWording';

/** Everyone's view of the team's vote: how many ideas made the shortlist, and that the presenter chooses from them. */
export function ShortlistStatus({ pstb, isPresenter }: { pstb: PstbState; isPresenter: boolean }) {
  const count = pstb.shortlistIdeaIds.length;
  if (count === 0) return null;
  return (
    <p className="pstb-shortlist-status" role="status" data-testid="pstb-shortlist-status">
      <strong>Shortlist: {count} ideas</strong> from the team's vote. {shortlistStatus(pstb, isPresenter)}
    </p>
  );
}
