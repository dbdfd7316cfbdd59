import { useState, type FormEvent } from 'react';
import type { CommandBody } from '@washup/shared/api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useCommand } from '../commands/useCommand';

interface StatementFormProps {
  /** The statement as the session holds it now; empty until first saved. */
  saved: string;
  /** The request that stores a new wording. */
  request: (statement: string) => CommandBody;
  label: string;
  refineLabel: string;
  placeholder: string;
  saveLabel: string;
  className?: string;
}

/**
 * The one sentence a session turns on (the Council's question, the PSTB owner's problem), typed by
 * the person it belongs to or by the Lead Reviewer as they say it, and refined as thinking moves on.
 */
export function StatementForm({ saved, request, label, refineLabel, placeholder, saveLabel, className = '' }: StatementFormProps) {
  const [draft, setDraft] = useState(saved);
  const command = useCommand();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.send(request(draft));
  };
  return (
    <form className={`session-form ${className}`.trim()} onSubmit={submit}>
      <label className="field">
        <span className="field__label">{saved ? refineLabel : label}</span>
        <textarea className="input" rows={2} maxLength={500} value={draft} placeholder={placeholder} onChange={(event) => setDraft(event.target.value)} />
      </label>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={command.busy || draft.trim() === '' || draft.trim() === saved}>
        {saveLabel}
      </button>
    </form>
  );
}
