import { useState } from 'react';
import { useValue, type Editor } from 'tldraw';
import type { BoardDoc } from '@washup/shared/board';
import { canvasDocOf, cardShapeType, themeFromCards } from '@washup/shared/canvas';
import { errorMessage } from '../api/ApiRequestError';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useBoardMeta } from '../sync/useBoardMeta';
import { downloadCanvas, type CanvasImageFormat } from './canvasExport';
import { putCanvasIntoReport, takeCanvasOutOfReport } from './canvasIntoReport';

const inReport = (board: BoardDoc) => {
  const reading = canvasDocOf(board.doc).reportImage();
  return reading.ok && reading.image !== null;
};

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
  const connection = useBoardConnection();
  const [saving, setSaving] = useState<CanvasImageFormat | 'report' | null>(null);
  const [reportNote, setReportNote] = useState<string | null>(null);
  const pictureInReport = useBoardValue(inReport);
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

  const putIntoReport = () => {
    if (!editor) return;
    setSaving('report');
    setReportNote(null);
    putCanvasIntoReport(editor, connection)
      .then(() => setReportNote('The canvas image is in the report. It is a picture: check it shows no names the report redacts.'))
      .catch((failure: unknown) => onProblem(`The canvas image was not put into the report: ${errorMessage(failure)}`))
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
        <button type="button" className="button button--secondary button--small" disabled={!editor || saving !== null} onClick={putIntoReport}>
          {saving === 'report' ? 'Putting it in the report…' : pictureInReport ? 'Replace the image in the report' : 'Put the canvas in the report'}
        </button>
      ) : null}
      {isLead && pictureInReport ? (
        <button type="button" className="button button--secondary button--small" disabled={saving !== null} onClick={() => takeCanvasOutOfReport(connection)}>
          Take the image out of the report
        </button>
      ) : null}
      {reportNote ? (
        <p className="canvas__status" role="status">
          {reportNote}
        </p>
      ) : null}
      {isLead ? (
        <button type="button" className="button button--secondary button--small" aria-pressed={locked} onClick={() => onLockChange(!locked)}>
          {locked ? 'Unlock the canvas' : 'Lock the canvas'}
        </button>
      ) : null}
    </div>
  );
}
