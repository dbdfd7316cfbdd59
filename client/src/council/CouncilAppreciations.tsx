import type { BoardDoc } from '@washup/shared/board';
import type { CouncilState } from '@washup/shared/council';
import { sessionAppreciations } from '@washup/shared/session';
import { useCallback, useState, type FormEvent } from 'react';
import { useCommand } from '../commands/useCommand';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Everyone, the host included, may thank the others; the relay stores the words, since a host cannot write the board. */
export function CouncilAppreciations({ council }: { council: CouncilState }) {
  const { identity } = useBoardConnection();
  const appreciations = useBoardValue(useCallback((board: BoardDoc) => sessionAppreciations(board, council.sessionId), [council.sessionId]));
  const [text, setText] = useState('');
  const command = useCommand();
  const canWrite = council.phase === 'appreciations' && identity.role !== 'observer';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.send({ type: 'council.appreciate', text }, () => setText(''));
  };

  return (
    <section className="session-panel" aria-labelledby="council-appreciations-title">
      <h3 id="council-appreciations-title">Appreciations</h3>
      {canWrite ? (
        <form className="session-form" onSubmit={submit}>
          <label className="field">
            <span className="field__label">Your appreciation</span>
            <textarea className="input" rows={2} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />
          </label>
          {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
          <button type="submit" className="button button--secondary" disabled={command.busy || text.trim() === ''}>
            Add
          </button>
        </form>
      ) : null}
      <ul className="session-list">
        {appreciations.map((appreciation) => (
          <li key={appreciation.id} data-testid="council-appreciation">
            {appreciation.text} <span className="muted">— {appreciation.authorName}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
