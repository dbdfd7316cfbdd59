import { useEffect, type ReactNode } from 'react';
import { forgetInvites } from '../invites/inviteStore';
import { forgetParticipant, loadParticipant } from '../join/participantStore';
import { rememberDeletedBoard } from '../landing/deletedBoardNotice';
import type { FatalReason } from '../sync/fatalReason';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useConnectionStatus } from '../sync/useConnectionStatus';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';

const copy: Record<FatalReason['kind'], { title: string; body: string }> = {
  deleted: {
    title: 'This board was deleted',
    body:
      'The Lead Reviewer deleted this board, or the retention period they set for it ran out, so it can no longer be opened. Its content has been removed from this device too.',
  },
  removed: {
    title: 'You were removed from this board',
    body: 'The Lead Reviewer removed you from this board, and its content has been removed from this device. If that was a mistake, ask them for a new invite link.',
  },
  refused: {
    title: "This board can't be opened",
    body: 'Your access to this board has ended. Open your invite link again, or ask the Lead Reviewer for a new one.',
  },
  changeRefused: {
    title: 'A change made here was refused',
    body:
      'The relay refused a change made on this device, for the reason below, so this device has stopped saving to the board. ' +
      'Everything saved before is safe on the relay. Reload the board from the relay to carry on: the changes on this device that were not saved yet, the refused one included, are discarded.',
  },
};

/** Shows a full-page message in place of the board once the relay has refused it for good. */
export function FatalGate({ children }: { children: ReactNode }) {
  const connection = useBoardConnection();
  const { boardId } = connection;
  const { fatal } = useConnectionStatus();

  useEffect(() => {
    // A refused change ends this device's copy, not the person's place on the board.
    if (!fatal || fatal.kind === 'changeRefused') return;
    // The start page says so too, as it does after this device's own deletion.
    if (fatal.kind === 'deleted') rememberDeletedBoard(loadParticipant(boardId)?.title ?? 'This board');
    forgetParticipant(boardId);
    if (fatal.kind !== 'refused') forgetInvites(boardId);
  }, [boardId, fatal]);

  if (!fatal) return <>{children}</>;
  const { title, body } = copy[fatal.kind];
  const reload = () => void connection.discardLocalCopy().then(() => window.location.reload());
  const actions = (
    <>
      {fatal.kind === 'changeRefused' ? (
        <button type="button" className="button button--primary" onClick={reload}>
          Reload the board from the relay
        </button>
      ) : null}
      <LinkButton href="/">Go to the start page</LinkButton>
    </>
  );
  return (
    <FullPageMessage title={title} tone={fatal.kind === 'deleted' || fatal.kind === 'removed' ? 'danger' : 'warning'} actions={actions}>
      <p>{body}</p>
      {fatal.kind === 'changeRefused' && fatal.detail ? <p>The relay said: {fatal.detail}</p> : null}
    </FullPageMessage>
  );
}
