import { useEffect, type ReactNode } from 'react';
import { forgetInvites } from '../invites/inviteStore';
import { forgetParticipant } from '../join/participantStore';
import type { FatalReason } from '../sync/fatalReason';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useConnectionStatus } from '../sync/useConnectionStatus';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';

const copy: Record<FatalReason['kind'], { title: string; body: string }> = {
  deleted: {
    title: 'This board was deleted',
    body: 'The Lead Reviewer deleted this board, so it can no longer be opened. Its content has been removed from this device too.',
  },
  removed: {
    title: 'You were removed from this board',
    body: 'The Lead Reviewer removed you from this board, and its content has been removed from this device. If that was a mistake, ask them for a new invite link.',
  },
  refused: {
    title: "This board can't be opened",
    body: 'Your access to this board has ended. Open your invite link again, or ask the Lead Reviewer for a new one.',
  },
};

/** Shows a full-page message in place of the board once the relay has refused it for good. */
export function FatalGate({ children }: { children: ReactNode }) {
  const { boardId } = useBoardConnection();
  const { fatal } = useConnectionStatus();

  useEffect(() => {
    if (!fatal) return;
    forgetParticipant(boardId);
    if (fatal.kind !== 'refused') forgetInvites(boardId);
  }, [boardId, fatal]);

  if (!fatal) return <>{children}</>;
  const { title, body } = copy[fatal.kind];
  return (
    <FullPageMessage title={title} tone={fatal.kind === 'refused' ? 'warning' : 'danger'} actions={<LinkButton href="/">Go to the start page</LinkButton>}>
      <p>{body}</p>
    </FullPageMessage>
  );
}
