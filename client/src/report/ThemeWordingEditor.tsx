import { useState, type FormEvent } from 'react';
import { editThemeSummary, themeSchema, type Theme } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';

const maxWording = themeSchema.shape.summary.unwrap().maxLength ?? 2000;

/**
 * The Lead Reviewer's wording of a theme for the report (its summary). Saved as one change when
 * done rather than per keystroke: a theme is stored whole, so typing would overwrite a peer's
 * rename made meanwhile.
 */
export function ThemeWordingEditor({ theme, label }: { theme: Theme; label: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { write, error } = useBoardWrite();

  if (draft === null) {
    return (
      <button type="button" className="button button--ghost button--small no-print" onClick={() => setDraft(theme.summary)}>
        Edit wording<span className="visually-hidden"> of {label}</span>
      </button>
    );
  }

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (write((board) => editThemeSummary(board, theme.id, draft))) setDraft(null);
  };

  return (
    <form className="theme-wording no-print" onSubmit={save}>
      <label className="field">
        <span className="field__label">Wording for the report</span>
        <span className="field__hint">As agreed with the team. Left empty, the report uses the theme’s title.</span>
        <textarea className="input theme-wording__text" value={draft} maxLength={maxWording} rows={4} autoFocus onChange={(event) => setDraft(event.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small">
          Save wording
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </form>
  );
}
