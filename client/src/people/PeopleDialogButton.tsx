import { useRef, useState } from 'react';
import type { Participant } from '@washup/shared';
import { removeParticipant, replaceInvites } from '../api/participants';
import { InviteLinks } from '../invites/InviteLinks';
import { loadInvites, saveInvites } from '../invites/inviteStore';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ParticipantRow } from './ParticipantRow';
import { useParticipants } from './useParticipants';

/**
 * The Lead Reviewer's "People and links": everyone who joined (with a remove that closes their
 * sockets at once), the invite links, and a way to replace the links if one went astray.
 */
export function PeopleDialogButton() {
  const { boardId, identity } = useBoardConnection();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [invites, setInvites] = useState(() => loadInvites(boardId));
  const [actionError, setActionError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const { participants, error, reload } = useParticipants(open);
  if (identity.role !== 'facilitator') return null;

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const hide = () => dialog.current?.close();
  const remove = (participant: Participant) =>
    removeParticipant(boardId, participant.id, identity.token).then(reload, (failure: Error) => setActionError(failure.message));
  const replace = () => {
    setReplacing(true);
    replaceInvites(boardId, identity.token)
      .then((fresh) => {
        saveInvites(boardId, fresh);
        setInvites(fresh);
        setActionError(null);
      }, (failure: Error) => setActionError(failure.message))
      .finally(() => setReplacing(false));
  };

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={show}>
        People and links
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="people-dialog-title" onClose={() => setOpen(false)}>
        <div className="dialog__head">
          <h2 id="people-dialog-title">People and links</h2>
          <button type="button" className="button button--ghost button--small" onClick={hide}>
            Close
          </button>
        </div>
        {actionError ? <ErrorAlert>{actionError}</ErrorAlert> : null}
        <section aria-labelledby="people-joined-title" className="people-section">
          <h3 id="people-joined-title">Who has joined</h3>
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          {participants === null && !error ? <p className="muted">Loading…</p> : null}
          {participants ? (
            <ul className="participant-list">
              {participants.map((participant) => (
                <ParticipantRow key={participant.id} participant={participant} isYou={participant.id === identity.participantId} onRemove={remove} />
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="people-links-title" className="people-section">
          <h3 id="people-links-title">Invite links</h3>
          {invites ? (
            <InviteLinks invites={invites} />
          ) : (
            <p className="muted">The links were made on another device. Make new ones to share them from here.</p>
          )}
          <p className="dialog__intro">
            Replacing the links stops the old ones working at once. People who already joined stay on the board.
          </p>
          <button type="button" className="button button--secondary" onClick={replace} disabled={replacing}>
            {replacing ? 'Making new links…' : invites ? 'Replace the invite links' : 'Make new invite links'}
          </button>
        </section>
      </dialog>
    </>
  );
}
