import { useState, type FormEvent } from 'react';
import { editThemeSummary, themeSchema, wordingToSave, type Theme } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useWordingBase } from '../ui/useWordingBase';
import { WordingConflictNotice } from '../ui/WordingConflictNotice';

const maxWording = themeSchema.shape.summary.unwrap().maxLength ?? 2000;

interface Props {
  theme: Theme;
  label: string;
}

/**
 * The Lead Reviewer's wording of a theme for the report (its summary). Saved as one change when
 * done rather than per keystroke: a theme is stored whole, so typing would overwrite a peer's
 * rename made meanwhile.
 */
export function ThemeWordingEditor({ theme, label }: Props) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small no-print" onClick={() => setOpen(true)}>
        Edit wording<span className="visually-hidden"> of {label}</span>
      </button>
    );
  }
  return <WordingForm theme={theme} onDone={() => setOpen(false)} />;
}

/** The open editor: its base is the wording stored when it opened, so a peer's save meanwhile shows with its choices. */
function WordingForm({ theme, onDone }: { theme: Theme; onDone: () => void }) {
  const [draft, setDraft] = useState(theme.summary);
  const base = useWordingBase(theme.summary, draft, setDraft);
  const { write, error } = useBoardWrite();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = write((board) => {
      // Read as stored now, in the same step as the write: a peer's save that landed since the last render counts.
      editThemeSummary(board, theme.id, wordingToSave('wording', base.wording, board.get('themes', theme.id)?.summary ?? theme.summary));
    });
    if (saved) onDone();
  };

  return (
    <form className="theme-wording no-print" onSubmit={save}>
      <label className="field">
        <span className="field__label">Wording for the report</span>
        <span className="field__hint">As agreed with the team. Left empty, the report uses the theme’s title.</span>
        <textarea className="input theme-wording__text" value={draft} maxLength={maxWording} rows={4} autoFocus onChange={(event) => setDraft(event.target.value)} />
      </label>
      <WordingConflictNotice field="wording" conflict={base} />
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small">
          Save wording
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </form>
  );
}
