import { useEffect, useRef } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { dismissAnnouncement, useAnnouncement } from './announcements';
import { stepAndAnnounce } from './undoStep';

/** Reads out where a card or theme went; shows, as well, a move the board refused, and a removal with its Undo. */
export function MoveAnnouncer() {
  const { undoHistory } = useBoardConnection();
  const announcement = useAnnouncement();
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The button that removed the thing went with it: rather than drop the keyboard user at the top of the page, offer the Undo.
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (announcement?.offersUndo && focusLost) undoButton.current?.focus();
  }, [announcement]);
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement && !announcement.failed ? announcement.text : ''}
      </p>
      {announcement?.failed ? (
        <ErrorAlert className="move-refused" onDismiss={dismissAnnouncement}>
          <p>{announcement.text}</p>
        </ErrorAlert>
      ) : null}
      {announcement?.offersUndo ? (
        <div className="undo-toast">
          <p>{announcement.text}</p>
          <button ref={undoButton} type="button" className="button button--primary button--small" onClick={() => stepAndAnnounce(undoHistory, 'undo')}>
            Undo
          </button>
          <button type="button" className="button button--ghost button--small" onClick={dismissAnnouncement}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
