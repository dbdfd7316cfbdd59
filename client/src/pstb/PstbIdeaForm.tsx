import type { PstbState } from '@washup/shared/pstb';
import { addIdea } from '@washup/shared/session';
import { useState, type FormEvent } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useBoardWrite } from '../sync/useBoardWrite';

/** PSTB has one burst of ideas, not rounds: every idea is round 0. */
const pstbIdeaRound = 0;

/**
 * Each team member adds their own ideas from their own device, all at once: a headline is short
 * enough to type while the next person speaks, and nobody waits for a scribe.
 */
export function PstbIdeaForm({ pstb }: { pstb: PstbState }) {
  const { identity, clock } = useBoardConnection();
  const [text, setText] = useState('');
  const { write, error } = useBoardWrite('Write the idea in up to 1,000 characters before adding it.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { participantId, name } = identity;
    const added = write((board) => addIdea(board, { sessionId: pstb.sessionId, round: pstbIdeaRound, authorId: participantId, authorName: name, text, capturedBy: participantId, capturedAt: clock.now() }));
    if (added) setText('');
  };
  return (
    <form className="session-form pstb-inline-form" onSubmit={submit} aria-label="Add an idea">
      <label className="field">
        <span className="field__label">Your idea, as a headline</span>
        <input className="input" maxLength={1000} value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </label>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={text.trim() === ''}>
        Add the idea
      </button>
    </form>
  );
}
