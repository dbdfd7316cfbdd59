import type { Idea } from '@washup/shared/board';
import type { PstbState } from '@washup/shared/pstb';
import { addAction } from '@washup/shared/session';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useBoardWrite } from '../sync/useBoardWrite';

interface ActionFormProps {
  pstb: PstbState;
  /** The ideas still going forward; an action may serve one of them, or the problem as a whole. */
  ideas: readonly Idea[];
}

const emptyAction = { what: '', who: '', when: '', ideaId: '' };

/** One action: what, who, when. Who and when stay optional, since the room may settle them later. */
export function ActionForm({ pstb, ideas }: ActionFormProps) {
  const [draft, setDraft] = useState(emptyAction);
  const { write, error } = useBoardWrite('Say what will be done (up to 1,000 characters), who (up to 120) and when (up to 60).');
  const update = (change: Partial<typeof emptyAction>) => setDraft((current) => ({ ...current, ...change }));
  const ideaId = draft.ideaId || ideas[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = write((board) => addAction(board, { sessionId: pstb.sessionId, what: draft.what, who: draft.who, when: draft.when, ...(ideaId ? { ideaId } : {}) }));
    // The idea stays chosen: the next action is often for the same one.
    if (added) setDraft({ ...emptyAction, ideaId: draft.ideaId });
  };

  return (
    <form className="session-form pstb-action-form" onSubmit={submit} aria-label="Add an action">
      <label className="field pstb-action-form__what">
        <span className="field__label">What</span>
        <input className="input" maxLength={1000} value={draft.what} autoComplete="off" onChange={(event) => update({ what: event.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">Who</span>
        <input className="input" maxLength={120} value={draft.who} onChange={(event) => update({ who: event.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">When</span>
        <input className="input" maxLength={60} value={draft.when} placeholder="e.g. by half term" onChange={(event) => update({ when: event.target.value })} />
      </label>
      {ideas.length > 1 ? (
        <label className="field pstb-action-form__what">
          <span className="field__label">For the idea</span>
          <select className="input" value={ideaId} onChange={(event) => update({ ideaId: event.target.value })}>
            {ideas.map((idea) => (
              <option key={idea.id} value={idea.id}>
                {idea.text}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={draft.what.trim() === ''}>
        Add the action
      </button>
    </form>
  );
}
