import { useId, useState, type FormEvent } from 'react';
import type { CreateBoardResponse } from '@washup/shared/api';
import { createBoard } from '../api/boards';
import { errorMessage } from '../api/ApiRequestError';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TemplatePicker } from './TemplatePicker';
import { useTemplates } from './useTemplates';

interface Props {
  onCreated: (board: CreateBoardResponse, title: string) => void;
}

/** Title and template in, a new board with its invite links out. */
export function CreateBoardForm({ onCreated }: Props) {
  const { templates, retry } = useTemplates();
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const titleHintId = useId();

  const templateId = chosen ?? (templates.state === 'ready' ? (templates.templates[0]?.id ?? null) : null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('Give the board a title, such as the school and the review date.');
      return;
    }
    setSubmitting(true);
    setError(null);
    createBoard({ title: trimmed, ...(templateId ? { templateId } : {}) }).then(
      (board) => onCreated(board, trimmed),
      (failure: unknown) => {
        setSubmitting(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <form className="card create-card" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title" className="card__title">
        Start a board
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={titleId}>
          Board title
        </label>
        <p className="field__hint" id={titleHintId}>
          For example: Oakfield Primary, QA Review, March
        </p>
        <input
          id={titleId}
          className="input"
          type="text"
          name="title"
          maxLength={200}
          required
          value={title}
          aria-describedby={titleHintId}
          aria-invalid={error !== null && !title.trim()}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <TemplatePicker templates={templates} value={templateId} onChange={setChosen} onRetry={retry} />
      {error ? <ErrorAlert title="The board was not created">{error}</ErrorAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={submitting || templates.state === 'loading'}>
          {submitting ? 'Creating…' : 'Create board'}
        </button>
      </div>
    </form>
  );
}
