import { useEffect, useState } from 'react';
import type { BoardRecordEntry, RestorePoint, RestorePointPreview } from '@washup/shared/api';
import { recordLabels } from '@washup/shared/board';
import { previewRestorePoint, restoreBoard, restoreRecord } from '../api/restorePoints';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { countsInWords, countsOf, pointTime, recordText } from './pointWording';

/** Long lists are cut here: a preview of a 2,000-card board stays quick to show. */
const shownRecords = 50;
/** What the Lead Reviewer types to restore the whole board. */
const confirmWord = 'restore';

interface Props {
  point: RestorePoint;
  /** After anything was restored: the timeline has a new point. */
  onRestored: () => void;
}

type Restoring = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; message: string };

/**
 * One point against the board now: what comes back, what is put back as it was, what goes. Each
 * record that comes back can be restored on its own; the whole board after a typed confirmation.
 */
export function RestorePointPreviewPanel({ point, onRestored }: Props) {
  const { boardId, identity } = useBoardConnection();
  const [preview, setPreview] = useState<RestorePointPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [restoring, setRestoring] = useState<Restoring>({ kind: 'idle' });
  const [restoredIds, setRestoredIds] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    setPreview(null);
    previewRestorePoint(boardId, point.id, identity.token).then(
      (answer) => current && setPreview(answer),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [boardId, point.id, identity.token, generation]);

  const refresh = () => {
    setGeneration((value) => value + 1);
    onRestored();
  };

  const restoreOne = (entry: BoardRecordEntry) =>
    restoreRecord(boardId, point.id, { collection: entry.collection, id: entry.record.id }, identity.token).then(
      () => {
        setRestoredIds((ids) => new Set(ids).add(entry.record.id));
        setError(null);
        refresh();
      },
      (failure: Error) => setError(failure.message),
    );

  const restoreAll = () => {
    setRestoring({ kind: 'running' });
    restoreBoard(boardId, point.id, identity.token).then(
      (answer) => {
        const back = countsInWords(countsOf(answer.counts, 'added'));
        const reverted = countsInWords(countsOf(answer.counts, 'changed'));
        const removed = countsInWords(countsOf(answer.counts, 'removed'));
        const outcome = listInWords([back && `${back} back`, reverted && `${reverted} as they were`, removed && `${removed} removed`]);
        const reportLeft = answer.reportWordsLeft ? " The report's words, estimates and redactions were left as they are: a version of the report is final (start the next version to change them)." : '';
        setRestoring({ kind: 'done', message: `The board is back to ${pointTime(point)}${outcome ? `: ${outcome}` : ''}.${reportLeft} Every device receives it, also those offline now when they reconnect.` });
        setConfirming(false);
        setTyped('');
        refresh();
      },
      (failure: Error) => {
        setRestoring({ kind: 'idle' });
        setError(failure.message);
      },
    );
  };

  const comeBack = countsInWords(countsOf(preview?.counts ?? {}, 'added'));
  const revert = countsInWords(countsOf(preview?.counts ?? {}, 'changed'));
  const remove = countsInWords(countsOf(preview?.counts ?? {}, 'removed'));
  const nothingToDo = preview !== null && !comeBack && !revert && !remove;

  return (
    <section className="history-preview" aria-labelledby="history-preview-title">
      <h3 id="history-preview-title">Preview: {pointTime(point)}</h3>
      {error ? <ErrorAlert onDismiss={() => setError(null)}>{error}</ErrorAlert> : null}
      {restoring.kind === 'done' ? (
        <div className="notice" role="status">
          <p>{restoring.message}</p>
        </div>
      ) : null}
      {preview === null && !error ? <p className="muted">Loading the preview…</p> : null}
      {preview ? (
        <>
          <p className="history-preview__summary">
            {nothingToDo
              ? 'The board holds exactly what this point holds.'
              : `Restoring the board to this point would ${listInWords([comeBack && `bring back ${comeBack}`, revert && `put ${revert} back as they were`, remove && `remove ${remove} made since`])}.`}
          </p>
          {preview.comeBack.length > 0 ? (
            <RecordList title="Would come back" entries={preview.comeBack} restoredIds={restoredIds} onRestore={restoreOne} />
          ) : null}
          {preview.remove.length > 0 ? <RecordList title="Would be removed" entries={preview.remove} /> : null}
          {nothingToDo ? null : confirming ? (
            <div className="history-confirm">
              <label htmlFor="history-confirm-input">
                Type <strong>{confirmWord}</strong> to restore the whole board to this point. Everyone sees the change at once.
              </label>
              <input
                id="history-confirm-input"
                className="input"
                value={typed}
                autoComplete="off"
                onChange={(event) => setTyped(event.target.value)}
                disabled={restoring.kind === 'running'}
              />
              <div className="history-confirm__actions">
                <button
                  type="button"
                  className="button button--danger"
                  onClick={restoreAll}
                  disabled={typed.trim().toLowerCase() !== confirmWord || restoring.kind === 'running'}
                >
                  {restoring.kind === 'running' ? 'Restoring…' : 'Restore the board to this point'}
                </button>
                <button type="button" className="button button--ghost" onClick={() => setConfirming(false)} disabled={restoring.kind === 'running'}>
                  Cancel
                </button>
              </div>
              {restoring.kind === 'running' ? (
                <div role="status" className="history-progress">
                  <progress aria-label="Restoring the board" />
                  <span>Restoring the board and saving it…</span>
                </div>
              ) : null}
            </div>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              Restore the board to this point…
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}

/** "a, b and c" of the parts that are there. */
function listInWords(parts: ReadonlyArray<string | null>): string {
  const present = parts.filter((part): part is string => Boolean(part));
  const last = present.pop() ?? '';
  return present.length > 0 ? `${present.join(', ')} and ${last}` : last;
}

function RecordList({
  title,
  entries,
  restoredIds,
  onRestore,
}: {
  title: string;
  entries: readonly BoardRecordEntry[];
  restoredIds?: ReadonlySet<string>;
  onRestore?: (entry: BoardRecordEntry) => Promise<void>;
}) {
  const shown = entries.slice(0, shownRecords);
  return (
    <div className="history-records">
      <h4>
        {title} ({entries.length})
      </h4>
      <ul className="history-records__list">
        {shown.map((entry) => (
          <li key={`${entry.collection}:${entry.record.id}`} className="list-row history-record">
            <span className="history-record__text">
              <span className="history-record__kind">{recordLabels[entry.collection].one}</span> {recordText(entry)}
            </span>
            {onRestore ? (
              restoredIds?.has(entry.record.id) ? (
                <span className="muted">Restored</span>
              ) : (
                <button type="button" className="button button--secondary button--small" onClick={() => void onRestore(entry)}>
                  Restore this {recordLabels[entry.collection].one}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      {entries.length > shown.length ? <p className="muted">and {entries.length - shown.length} more</p> : null}
    </div>
  );
}
