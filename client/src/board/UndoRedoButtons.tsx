import { useSyncExternalStore } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { stepAndAnnounce } from './undoStep';

/**
 * Undo and Redo as buttons, for touch screens with no keyboard (and reachable by Tab everywhere).
 * They undo this person's own changes on this device only; with none to undo they say so rather
 * than being disabled, so they stay in the Tab order.
 */
export function UndoRedoButtons() {
  const { undoHistory, canEdit } = useBoardConnection();
  const { canUndo, canRedo } = useSyncExternalStore(undoHistory.state.subscribe, undoHistory.state.get);
  if (!canEdit) return null;
  return (
    <div className="undo-redo-buttons" role="group" aria-label="Your changes">
      <button type="button" className="button button--ghost button--small" aria-disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" onClick={() => stepAndAnnounce(undoHistory, 'undo')}>
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button type="button" className="button button--ghost button--small" aria-disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" onClick={() => stepAndAnnounce(undoHistory, 'redo')}>
        <span aria-hidden="true">↷ </span>Redo
      </button>
    </div>
  );
}
