import { UndoRedoButtons } from '../board/UndoRedoButtons';
import { MoveAnnouncer } from '../board/MoveAnnouncer';
import { useUndoShortcuts } from '../board/useUndoShortcuts';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CaptureForm } from './CaptureForm';
import { RecentCaptures } from './RecentCaptures';

/**
 * The capture tab: the form alone, for a phone on a walk or in a focus group, with the last few
 * cards below it. The board itself is not rendered here, so it stays quick on a small device.
 */
export function CaptureView() {
  const { canEdit } = useBoardConnection();
  useUndoShortcuts();
  if (!canEdit) {
    return <p className="empty-state">Your role can read the board but not add evidence. The Board tab shows everything captured so far.</p>;
  }
  return (
    <div className="capture-view">
      <UndoRedoButtons />
      <CaptureForm autoFocus />
      <RecentCaptures />
      <MoveAnnouncer />
    </div>
  );
}
