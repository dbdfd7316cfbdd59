import type { PstbState } from '@washup/shared/pstb';
import { useEffect, useId, useRef } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { shortlistHint, shortlistRange } from './shortlistWording';
import type { ShortlistDraft } from './useShortlistDraft';

/**
 * The Lead Reviewer's buttons under the ideas: open the ticks to record the team's shortlist vote,
 * record or cancel it, or clear the one recorded so every idea is open to the presenter again.
 */
export function ShortlistControls({ pstb, draft }: { pstb: PstbState; draft: ShortlistDraft }) {
  const { ticked, block, unchanged, busy } = draft;
  const hintId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const editing = ticked !== null;
  const wasEditing = useRef(editing);
  const recorded = pstb.shortlistIdeaIds.length > 0;

  // Recording, cancelling or clearing takes away the button that had the focus; a keyboard resumes at the opener.
  const focusOpener = () => opener.current?.focus();
  useEffect(() => {
    if (wasEditing.current && !editing) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <div className="pstb-shortlist-controls" role="group" aria-label="Shortlist vote">
      {editing ? (
        <>
          <p id={hintId} className="pstb-shortlist-controls__hint" aria-live="polite">
            {shortlistHint(block, ticked.length, unchanged, pstb.presenter.name)}
          </p>
          <div className="pstb-shortlist-controls__buttons">
            <button type="button" className="button button--primary" aria-describedby={hintId} disabled={busy || block !== null || unchanged} onClick={draft.record}>
              Record shortlist ({ticked.length} of {shortlistRange})
            </button>
            <button type="button" className="button button--ghost" onClick={draft.cancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <div className="pstb-shortlist-controls__buttons">
          <button ref={opener} type="button" className="button button--secondary" onClick={draft.start}>
            {recorded ? 'Change the shortlist' : 'Record a shortlist vote'}
          </button>
          {recorded ? (
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => draft.clear(focusOpener)}>
              Clear shortlist
            </button>
          ) : null}
        </div>
      )}
      {draft.error ? <ErrorAlert>{draft.error}</ErrorAlert> : null}
    </div>
  );
}
