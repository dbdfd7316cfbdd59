import { useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** The field's visible label. */
  label: ReactNode;
  maxLength: number;
  rows?: number;
  /** The submit button's words while idle ("Sending…" while `busy`). */
  submitLabel: string;
  busy: boolean;
  /** Called with the text when it has words; `clear` empties the field once it is saved. */
  onSubmit: (text: string, clear: () => void) => void;
  /** Further buttons beside the submit button (e.g. Cancel). */
  children?: ReactNode;
}

/** A short text someone writes and sends as one command: a comment, a proposal. */
export function TextSubmitForm({ label, maxLength, rows = 2, submitLabel, busy, onSubmit, children }: Props) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onSubmit(text, () => setText(''));
  };
  return (
    <form className="report-comments__form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{label}</span>
        <textarea className="input" value={text} onChange={(event) => setText(event.target.value)} maxLength={maxLength} rows={rows} required />
      </label>
      <div className="report-comments__buttons">
        <button type="submit" className="button button--secondary button--small" disabled={busy || !text.trim()}>
          {busy ? 'Sending…' : submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
