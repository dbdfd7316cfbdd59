import { useState, type FormEvent } from 'react';
import { addRedaction, removeRedaction } from '@washup/shared/report';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useRedactions } from './useRedactions';

/** The Lead Reviewer's list of names (pupils, staff, parents) and what the report says instead. */
export function RedactionPanel() {
  const redactions = useRedactions();
  const [name, setName] = useState('');
  const [replacement, setReplacement] = useState('');
  const { write, error } = useBoardWrite();

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!write((board) => addRedaction(board, { name, replacement }))) return;
    setName('');
    setReplacement('');
  };

  return (
    <section className="report-panel redaction-panel no-print" aria-labelledby="redaction-title">
      <h2 id="redaction-title" className="section-title">
        Names to redact
      </h2>
      <p className="muted">Each name is replaced, as a whole word and in any case, in the report below, the downloads and the printed copy.</p>
      {redactions.length > 0 ? (
        <ul className="redaction-list" aria-label="Names to redact">
          {redactions.map((entry) => (
            <li key={entry.id} className="redaction-list__item">
              <span className="redaction-list__name">{entry.name}</span>
              <span aria-hidden="true">→</span>
              <span className="visually-hidden">is written as</span>
              <span className="redaction-list__replacement">{entry.replacement}</span>
              <button type="button" className="button button--ghost button--small" onClick={() => write((board) => removeRedaction(board, entry.id))}>
                Remove<span className="visually-hidden"> {entry.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">No names yet.</p>
      )}
      <form className="redaction-form" onSubmit={add}>
        <label className="field">
          <span className="field__label">Name</span>
          <input className="input" value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">Replace with</span>
          <input
            className="input"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            required
            maxLength={120}
            placeholder="A role or initials, e.g. the SENCo"
            autoComplete="off"
          />
        </label>
        <button type="submit" className="button button--secondary">
          Add name
        </button>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
