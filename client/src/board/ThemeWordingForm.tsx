import { useId, useState, type FormEvent } from 'react';
import { editThemeSummary, renameTheme, themeSchema, wordingToSave, type Theme } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useWordingBase } from '../ui/useWordingBase';
import { WordingConflictNotice } from '../ui/WordingConflictNotice';

const maxTitle = themeSchema.shape.title.maxLength ?? 200;

/**
 * A theme's title and its feedback point's wording, saved together when done rather than per
 * keystroke: a theme is stored whole, so typing would overwrite a peer's change made meanwhile.
 * A peer's save while this is open shows at once with its choices, and a save that would
 * overwrite one unseen is refused.
 */
export function ThemeWordingForm({ theme, onDone }: { theme: Theme; onDone: () => void }) {
  const [title, setTitle] = useState(theme.title);
  const [summary, setSummary] = useState(theme.summary);
  const titleBase = useWordingBase(theme.title, title, setTitle, ' / ');
  const summaryBase = useWordingBase(theme.summary, summary, setSummary);
  const { write, error, refuse } = useBoardWrite();
  const hintId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      refuse('A theme needs a title.');
      return;
    }
    const saved = write((board) =>
      board.transact(() => {
        // Read as stored now, in the same step as the write: a peer's save that landed since the last render counts.
        const stored = board.get('themes', theme.id) ?? theme;
        const nextTitle = wordingToSave('title', titleBase.wording, stored.title);
        const nextSummary = wordingToSave('feedback point', summaryBase.wording, stored.summary);
        if (nextTitle !== stored.title) renameTheme(board, theme.id, nextTitle);
        if (nextSummary !== stored.summary) editThemeSummary(board, theme.id, nextSummary);
      }),
    );
    if (saved) onDone();
  };
  return (
    <form className="theme-form" onSubmit={save} aria-label={`Edit theme ${theme.title}`} noValidate>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <label className="field">
        <span className="field__label">Title</span>
        <input className="input" value={title} maxLength={maxTitle} autoFocus onChange={(event) => setTitle(event.target.value)} />
      </label>
      <WordingConflictNotice field="title" conflict={titleBase} />
      <label className="field">
        <span className="field__label">Feedback point</span>
        <span className="field__hint" id={hintId}>
          The wording you will use with the host.
        </span>
        <textarea className="input" rows={3} value={summary} aria-describedby={hintId} onChange={(event) => setSummary(event.target.value)} />
      </label>
      <WordingConflictNotice field="feedback point" conflict={summaryBase} />
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small">
          Save theme
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
