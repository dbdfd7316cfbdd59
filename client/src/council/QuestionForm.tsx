import type { CouncilState } from '@washup/shared';
import { useState, type FormEvent } from 'react';
import { useSessionCommand } from '../facilitation/useSessionCommand';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The presenter's question, typed by them or by the Lead Reviewer as they say it; refined after each round. */
export function QuestionForm({ council }: { council: CouncilState }) {
  const [draft, setDraft] = useState(council.question);
  const command = useSessionCommand();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.send({ type: 'council.setQuestion', question: draft });
  };
  return (
    <form className="session-form council-question" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{council.question ? 'Refine the question' : "The presenter's question"}</span>
        <textarea className="input" rows={2} maxLength={500} value={draft} placeholder="How can we…?" onChange={(event) => setDraft(event.target.value)} />
      </label>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={command.busy || draft.trim() === '' || draft.trim() === council.question}>
        Save the question
      </button>
    </form>
  );
}
