import { useState } from 'react';
import { addHeading, headingSchema, removeHeading, renameHeading, reorderHeading, type Heading } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { useHeadings } from '../sync/useHeadings';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AddItemForm } from './AddItemForm';

const maxTitle = headingSchema.shape.title.maxLength ?? 200;

function HeadingRow({ heading, index, count }: { heading: Heading; index: number; count: number }) {
  const { write, error } = useBoardWrite();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="list-row">
      <input
        className="input setup__text"
        aria-label={`Heading ${index + 1} title`}
        defaultValue={heading.title}
        key={heading.title}
        maxLength={maxTitle}
        onBlur={(event) => event.target.value.trim() && event.target.value !== heading.title && write((board) => renameHeading(board, heading.id, event.target.value))}
      />
      <div className="setup__actions">
        <button type="button" className="button button--ghost button--small" disabled={index === 0} aria-label={`Move ${heading.title} up`} onClick={() => write((board) => reorderHeading(board, heading.id, { index: index - 1 }))}>
          ↑
        </button>
        <button type="button" className="button button--ghost button--small" disabled={index === count - 1} aria-label={`Move ${heading.title} down`} onClick={() => write((board) => reorderHeading(board, heading.id, { index: index + 1 }))}>
          ↓
        </button>
        {confirming ? (
          <span className="setup__confirm" role="group" aria-label={`Remove ${heading.title}?`}>
            <button type="button" className="button button--danger button--small" onClick={() => write((board) => removeHeading(board, heading.id, { moveContentToInbox: true }))}>
              Remove; its cards go to the inbox
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button button--secondary button--small" aria-label={`Remove ${heading.title}…`} onClick={() => setConfirming(true)}>
            Remove…
          </button>
        )}
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </li>
  );
}

/** The Lead Reviewer renames, adds, reorders and removes the headings the review reports under. */
export function HeadingEditor() {
  const { write, error } = useBoardWrite();
  const headings = useHeadings();
  return (
    <section className="setup__section" aria-labelledby="setup-headings">
      <h3 id="setup-headings">Headings</h3>
      <ol className="setup__list">
        {headings.map((heading, index) => (
          <HeadingRow key={heading.id} heading={heading} index={index} count={headings.length} />
        ))}
      </ol>
      <AddItemForm label="New heading" buttonText="Add heading" maxLength={maxTitle} onAdd={(title) => write((board) => addHeading(board, { title }))} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
