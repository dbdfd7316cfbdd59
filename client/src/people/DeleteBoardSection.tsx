import { useId, useState, type FormEvent } from 'react';
import { deleteBoard } from '../api/boards';
import { forgetInvites } from '../invites/inviteStore';
import { forgetParticipant } from '../join/participantStore';
import { rememberDeletedBoard } from '../landing/deletedBoardNotice';
import { navigate } from '../routing/navigate';
import { boardPath } from '../routing/route';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/**
 * The Lead Reviewer's way to delete the board. It cannot be undone and ends the board for
 * everyone at once, so it asks for the board's title typed exactly before the button works.
 */
export function DeleteBoardSection() {
  const connection = useBoardConnection();
  const { boardId, identity } = connection;
  const title = useBoardMeta()?.title ?? '';
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const { run, busy, error } = useAction();
  const fieldId = useId();
  const matches = title !== '' && typed === title;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    run(async () => {
      await deleteBoard(boardId, identity.token);
      // The relay has forgotten the board; this device forgets it too before leaving.
      await connection.discardLocalCopy();
      forgetParticipant(boardId);
      forgetInvites(boardId);
      rememberDeletedBoard(title);
      navigate('/', { replace: true });
    });
  };

  return (
    <section aria-labelledby="people-delete-title" className="people-section">
      <h3 id="people-delete-title">Delete this board</h3>
      {confirming ? (
        <form className="delete-board" onSubmit={submit} aria-label="Confirm deleting this board">
          <p>
            <strong>This deletes everything on the board, for everyone, at once</strong>: cards, themes, votes, sessions and the report. It cannot be undone,
            and every device that has it open or opens its links again loses its copy.
          </p>
          <p>
            Download the report first if you need to keep it: <a href={boardPath(boardId, 'report')}>open the Report view</a>.
          </p>
          <label className="field" htmlFor={fieldId}>
            <span className="field__label">Type the board's title, “{title}”, to confirm</span>
            <input id={fieldId} className="input" value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} disabled={busy} />
          </label>
          {error ? <ErrorAlert title="The board was not deleted">{error}</ErrorAlert> : null}
          <div className="delete-board__actions">
            <button type="submit" className="button button--danger" disabled={!matches || busy}>
              {busy ? 'Deleting the board…' : 'Delete this board for everyone'}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)} disabled={busy}>
              Keep the board
            </button>
          </div>
          {busy ? (
            <p role="status" className="muted">
              Deleting the board…
            </p>
          ) : null}
        </form>
      ) : (
        <>
          <p className="dialog__intro">Deleting the board removes it and everything on it for everyone, at once.</p>
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            Delete this board…
          </button>
        </>
      )}
    </section>
  );
}
