import { useEffect } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { undoShortcut, isTextEntry } from './undoShortcut';
import { stepAndAnnounce } from './undoStep';

/**
 * Undo and redo of this person's own board changes from the keyboard, anywhere on the page except
 * in a text field, where the browser's own text undo works as usual.
 */
export function useUndoShortcuts(): void {
  const { undoHistory, canEdit } = useBoardConnection();
  useEffect(() => {
    if (!canEdit) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const direction = undoShortcut(event);
      if (!direction) return;
      event.preventDefault();
      stepAndAnnounce(undoHistory, direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoHistory, canEdit]);
}
