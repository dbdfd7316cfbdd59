import { pstbShortlistTickLock, type PstbState } from '@washup/shared/pstb';
import { IdeaCheck } from './IdeaCheck';
import { shortlistTickLockReasons } from './shortlistWording';

interface ShortlistTickProps {
  pstb: PstbState;
  ideaId: string;
  ideaText: string;
  ticked: readonly string[];
  onTick: (ideaId: string, on: boolean) => void;
  /** The first box open to a tick takes the focus when the shortlist opens, so a keyboard starts there. */
  autoFocus: boolean;
}

/** The Lead Reviewer's tick putting one idea on the shortlist being drawn up. */
export function ShortlistTick({ pstb, ideaId, ideaText, ticked, onTick, autoFocus }: ShortlistTickProps) {
  const lock = pstbShortlistTickLock(pstb, ticked, ideaId);
  return (
    <IdeaCheck
      label="Shortlist"
      ideaText={ideaText}
      checked={ticked.includes(ideaId)}
      lockReason={lock ? shortlistTickLockReasons[lock] : null}
      autoFocus={autoFocus}
      onChange={(checked) => onTick(ideaId, checked)}
    />
  );
}
