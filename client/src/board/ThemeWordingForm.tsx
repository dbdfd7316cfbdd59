import { useId, useState, type FormEvent } from 'react';
import { editThemeSummary, renameTheme, themeSchema, type Theme } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';

const maxTitle = themeSchema.shape.title.maxLength ?? 200;

/**
 * A theme's title and its feedback point's wording, saved together when done rather than per
 * keystroke: a theme is stored whole, so typing would overwrite a peer's change made meanwhile.
 */
export function ThemeWordingForm({ theme, onDone }: { theme: Theme; onDone: () => void }) {
  const [title, setTitle] = useState(theme.title);
  const [summary, setSummary] = useState(theme.summary);
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
        if (title.trim() !== theme.title) renameTheme(board, theme.id, title.trim());
        if (summary.trim() !== theme.summary) editThemeSummary(board, theme.id, summary.trim());
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
      <label className="field">
        <span className="field__label">Feedback point</span>
        <span className="field__hint" id={hintId}>
          The wording you will use with the host.
        </span>
        <textarea className="input" rows={3} value={summary} aria-describedby={hintId} onChange={(event) => setSummary(event.target.value)} />
      </label>
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
