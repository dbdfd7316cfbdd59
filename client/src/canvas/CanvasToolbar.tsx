import { useState } from 'react';
import { useValue, type Editor } from 'tldraw';
import type { BoardDoc } from '@washup/shared/board';
import { cardShapeType, themeFromCards } from '@washup/shared/canvas';
import { useBoardMeta } from '../sync/useBoardMeta';
import { downloadCanvas, type CanvasImageFormat } from './canvasExport';

interface Props {
  editor: Editor | null;
  isLead: boolean;
  canEdit: boolean;
  readOnly: boolean;
  locked: boolean;
  write: (operation: (board: BoardDoc) => void, label?: string) => boolean;
  onLockChange: (locked: boolean) => void;
  onProblem: (message: string) => void;
}

/** What the canvas adds to tldraw's own tools: pictures of it, a theme from selected cards, and the Lead Reviewer's lock. */
export function CanvasToolbar({ editor, isLead, canEdit, readOnly, locked, write, onLockChange, onProblem }: Props) {
  const title = useBoardMeta()?.title ?? 'board';
  const [saving, setSaving] = useState<CanvasImageFormat | null>(null);
  const selectedCards = useValue(
    'selected cards',
    () => editor?.getSelectedShapes().flatMap((shape) => (shape.type === cardShapeType ? [shape.props.cardId] : [])) ?? [],
    [editor],
  );

  const download = (format: CanvasImageFormat) => {
    if (!editor) return;
    setSaving(format);
    downloadCanvas(editor, format, title)
      .catch((failure: unknown) => onProblem(failure instanceof Error ? failure.message : 'The picture could not be made.'))
      .finally(() => setSaving(null));
  };

  const makeTheme = () => {
    if (!write((board) => void themeFromCards(board, selectedCards), 'Theme made on the canvas')) {
      onProblem('The theme was not made: select two cards or more, one of them under a heading.');
    }
  };

  return (
    <div className="canvas__toolbar" role="toolbar" aria-label="Canvas">
      <p className="canvas__status">
        {!canEdit ? 'Read-only: your link can look at the canvas but not change it.' : locked ? (isLead ? 'Locked: only you can change the canvas.' : 'The Lead Reviewer has locked the canvas.') : 'Drop a card into a heading’s lane to place it there.'}
      </p>
      {canEdit && !readOnly ? (
        <button type="button" className="button button--secondary button--small" disabled={selectedCards.length < 2} onClick={makeTheme}>
          {selectedCards.length < 2 ? 'Make a theme (select cards)' : `Make a theme of ${selectedCards.length} cards`}
        </button>
      ) : null}
      <button type="button" className="button button--secondary button--small" disabled={!editor || saving !== null} onClick={() => download('png')}>
        {saving === 'png' ? 'Saving PNG…' : 'Download PNG'}
      </button>
      <button type="button" className="button button--secondary button--small" disabled={!editor || saving !== null} onClick={() => download('svg')}>
        {saving === 'svg' ? 'Saving SVG…' : 'Download SVG'}
      </button>
      {isLead ? (
        <button type="button" className="button button--secondary button--small" aria-pressed={locked} onClick={() => onLockChange(!locked)}>
          {locked ? 'Unlock the canvas' : 'Lock the canvas'}
        </button>
      ) : null}
    </div>
  );
}
