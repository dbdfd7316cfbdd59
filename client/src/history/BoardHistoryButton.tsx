import { useRef, useState } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { RestorePointPreviewPanel } from './RestorePointPreviewPanel';
import { changesInWords, countsInWords, pointTime, pointTitle } from './pointWording';
import { useRestorePoints } from './useRestorePoints';
// Styles of this dialog only, loaded with it.
import './history.css';

/**
 * The Lead Reviewer's "Board history": the restore points the relay keeps (when, who, what
 * changed), a preview of one against the board now, and restoring one record or the whole board.
 */
export function BoardHistoryButton() {
  const { identity } = useBoardConnection();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { points, error, reload } = useRestorePoints(open);
  if (identity.role !== 'facilitator') return null;

  const show = () => {
    setOpen(true);
    reload();
    dialog.current?.showModal();
  };
  const hide = () => dialog.current?.close();
  const selected = points?.find((point) => point.id === selectedId) ?? null;

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={show}>
        Board history
      </button>
      <dialog ref={dialog} className="dialog history-dialog" aria-labelledby="history-dialog-title" onClose={() => setOpen(false)}>
        <div className="dialog__head">
          <h2 id="history-dialog-title">Board history</h2>
          <button type="button" className="button button--ghost button--small" onClick={hide}>
            Close
          </button>
        </div>
        <p className="dialog__intro">
          Washup keeps the board as it stood every few minutes while people work, and always before a change that removes many
          records. Only you see this. A restore is a new change that every device receives.
        </p>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {points === null && !error ? <p className="muted">Loading…</p> : null}
        {points?.length === 0 ? <p className="muted">No restore points yet: the first is kept as soon as someone changes the board.</p> : null}
        {points && points.length > 0 ? (
          <ol className="history-timeline" aria-label="Restore points, newest first">
            {points.map((point) => (
              <li key={point.id} className="list-row history-point" data-selected={point.id === selectedId || undefined}>
                <div className="history-point__what">
                  <span className="history-point__title">{pointTitle(point)}</span>
                  <span className="history-point__meta">
                    <time dateTime={new Date(point.takenAt).toISOString()}>{pointTime(point)}</time>
                    {' · '}
                    {changesInWords(point.changes)} since the point before
                    {' · '}
                    holds {countsInWords(point.holds) ?? 'no records'}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-pressed={point.id === selectedId}
                  onClick={() => setSelectedId(point.id)}
                >
                  Preview
                </button>
              </li>
            ))}
          </ol>
        ) : null}
        {selected ? <RestorePointPreviewPanel key={selected.id} point={selected} onRestored={reload} /> : null}
      </dialog>
    </>
  );
}
