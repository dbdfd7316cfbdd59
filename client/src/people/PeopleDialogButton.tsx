import { useRef, useState } from 'react';
import type { Participant, RemoveParticipantResponse } from '@washup/shared/api';
import { removeParticipant, replaceInvites } from '../api/participants';
import { InviteLinkRow } from '../invites/InviteLinkRow';
import { InviteLinks } from '../invites/InviteLinks';
import { inviteAudience } from '../invites/roleCopy';
import { loadInvites, saveInvites } from '../invites/inviteStore';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DeleteBoardSection } from './DeleteBoardSection';
import { ParticipantRow } from './ParticipantRow';
import { RetentionSection } from './RetentionSection';
import { useParticipants } from './useParticipants';

/**
 * The Lead Reviewer's "People and links": everyone who joined (with a remove that closes their
 * sockets at once), the invite links, a way to replace the links if one went astray, how long the
 * board is kept, and its deletion.
 */
export function PeopleDialogButton() {
  const { boardId, identity } = useBoardConnection();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [invites, setInvites] = useState(() => loadInvites(boardId));
  const [actionError, setActionError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  /** The link replaced by the last removal, shown until the links change again. */
  const [replaced, setReplaced] = useState<(RemoveParticipantResponse & { name: string }) | null>(null);
  const { participants, error, reload } = useParticipants(open);
  if (identity.role !== 'facilitator') return null;

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const hide = () => dialog.current?.close();
  const remove = (participant: Participant) =>
    removeParticipant(boardId, participant.id, identity.token).then(
      (removed) => {
        if (invites) {
          const updated = { ...invites, [removed.role]: removed.invite };
          saveInvites(boardId, updated);
          setInvites(updated);
        }
        setReplaced({ name: participant.name, ...removed });
        setActionError(null);
        reload();
      },
      (failure: Error) => setActionError(failure.message),
    );
  const replace = () => {
    setReplacing(true);
    replaceInvites(boardId, identity.token)
      .then((fresh) => {
        saveInvites(boardId, fresh);
        setInvites(fresh);
        setReplaced(null);
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
          {replaced ? (
            <div className="notice" role="status">
              <p>
                {`${replaced.name} was removed, so the ${inviteAudience[replaced.role].title} link was replaced: the old one no longer works. `}
                {'Pass the new one to anyone still to join; people who already joined stay on the board.'}
              </p>
              {invites ? null : (
                <ul className="invite-list" aria-label="Replaced invite link">
                  <InviteLinkRow role={replaced.role} invite={replaced.invite} />
                </ul>
              )}
            </div>
          ) : null}
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
        <RetentionSection />
        <DeleteBoardSection />
      </dialog>
    </>
  );
}
