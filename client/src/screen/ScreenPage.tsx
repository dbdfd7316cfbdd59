import { useMemo } from 'react';
import { roleLabels } from '@washup/shared/auth';
import { FatalGate } from '../shell/FatalGate';
import { BoardConnectionProvider } from '../sync/BoardConnectionProvider';
import type { ConnectionIdentity } from '../sync/BoardConnection';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';
import { screenInvite } from './screenInvite';
import { ScreenView } from './ScreenView';

/**
 * `/b/<boardId>/screen#invite=<screen token>`: the room's projector. No one joins here: the screen
 * link opens the board read-only, never shows among the people present, and shows what the Lead
 * Reviewer presents.
 */
export function ScreenPage({ boardId }: { boardId: string }) {
  const token = useMemo(() => screenInvite(boardId), [boardId]);
  if (!token) {
    return (
      <FullPageMessage title="This screen link doesn't work" tone="warning" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
        <p>Open the whole screen link from the Lead Reviewer's People and links, on the computer that drives the projector.</p>
      </FullPageMessage>
    );
  }
  // A screen is no participant: it has no id, and the relay never lets it join, write or show in presence.
  const identity: ConnectionIdentity = { token, participantId: '', name: roleLabels.screen, role: 'screen' };
  return (
    <BoardConnectionProvider boardId={boardId} identity={identity}>
      <FatalGate>
        <ScreenView />
      </FatalGate>
    </BoardConnectionProvider>
  );
}
