import { useEffect, useState, type ReactNode } from 'react';
import { readTokenClaims, type Role } from '@washup/shared/auth';
import { navigate } from '../routing/navigate';
import { screenPath } from '../routing/route';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';
import { clearInviteFromUrl, readInviteFromUrl } from './inviteFragment';
import { JoinForm } from './JoinForm';
import { loadParticipant, saveParticipant, type JoinedParticipant } from './participantStore';

type Step =
  | { step: 'joined'; participant: JoinedParticipant }
  | { step: 'join'; invite: string; role: Role; current: JoinedParticipant | null }
  | { step: 'screen'; invite: string }
  | { step: 'badInvite' }
  | { step: 'noAccess' };

/**
 * Decides how this device enters the board: straight in with the participant token it kept, or
 * by joining with the invite in the link (`#invite=`). An invite for a role this device already
 * holds on the board goes straight in too.
 */
function stepFor(boardId: string): Step {
  const invite = readInviteFromUrl();
  const stored = loadParticipant(boardId);
  if (invite) {
    const claims = readTokenClaims(invite);
    if (!claims || claims.kind !== 'invite' || claims.boardId !== boardId) return { step: 'badInvite' };
    // A screen link joins no one: it opens the board's screen page with the same invite.
    if (claims.role === 'screen') return { step: 'screen', invite };
    if (stored?.role === claims.role) return { step: 'joined', participant: stored };
    return { step: 'join', invite, role: claims.role, current: stored };
  }
  return stored ? { step: 'joined', participant: stored } : { step: 'noAccess' };
}

interface Props {
  boardId: string;
  children: (participant: JoinedParticipant) => ReactNode;
}

export function JoinGate({ boardId, children }: Props) {
  const [step, setStep] = useState<Step>(() => stepFor(boardId));

  useEffect(() => {
    // Pasting another invite link for this board changes only the fragment: look again.
    const onHashChange = () => {
      if (readInviteFromUrl()) setStep(stepFor(boardId));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [boardId]);

  useEffect(() => {
    if (step.step === 'joined' && readInviteFromUrl()) clearInviteFromUrl();
    if (step.step === 'screen') navigate(`${screenPath(boardId)}#invite=${step.invite}`, { replace: true });
  }, [step, boardId]);

  switch (step.step) {
    case 'joined':
      return <>{children(step.participant)}</>;
    case 'screen':
      return null;
    case 'join':
      return (
        <JoinForm
          boardId={boardId}
          invite={step.invite}
          role={step.role}
          current={step.current}
          onJoined={(participant) => {
            saveParticipant(participant);
            setStep({ step: 'joined', participant });
          }}
          onKeepCurrent={(participant) => setStep({ step: 'joined', participant })}
        />
      );
    case 'badInvite':
      return (
        <FullPageMessage title="This invite link doesn't work" tone="warning" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
          <p>The link may have been cut short when it was copied, or it belongs to another board. Check you have the whole link, or ask the Lead Reviewer to send it again.</p>
        </FullPageMessage>
      );
    case 'noAccess':
      return (
        <FullPageMessage title="You need an invite link" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
          <p>Boards open only from the invite link the Lead Reviewer shares. Open the link you were sent, on this device.</p>
        </FullPageMessage>
      );
  }
}
