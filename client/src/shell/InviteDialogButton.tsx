import { useRef } from 'react';
import { InviteLinks } from '../invites/InviteLinks';
import { loadInvites } from '../invites/inviteStore';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** For the Lead Reviewer on the device that created the board: the invite links again. */
export function InviteDialogButton() {
  const { boardId, identity } = useBoardConnection();
  const dialog = useRef<HTMLDialogElement>(null);
  const invites = identity.role === 'facilitator' ? loadInvites(boardId) : null;
  if (!invites) return null;
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => dialog.current?.showModal()}>
        Invite people
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="invite-dialog-title">
        <div className="dialog__head">
          <h2 id="invite-dialog-title">Invite links</h2>
          <button type="button" className="button button--ghost button--small" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="dialog__intro">Each link opens this board with its role. People add their name when they join.</p>
        <InviteLinks invites={invites} />
      </dialog>
    </>
  );
}
