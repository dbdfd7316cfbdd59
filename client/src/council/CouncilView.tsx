import { councilEntry } from '@washup/shared/relayDoc';
import { useState } from 'react';
import { EarlierSessions } from '../session/EarlierSessions';
import { earlierSessionItem } from '../session/earlierSessionItem';
import { SessionTab } from '../session/SessionTab';
import { useEarlierSessions } from '../session/useEarlierSessions';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { CouncilAppreciations } from './CouncilAppreciations';
import { CouncilIdeas } from './CouncilIdeas';
import { CouncilPast } from './CouncilPast';
import { CouncilRecord } from './CouncilRecord';
import { CouncilSetupForm } from './CouncilSetupForm';
import { CouncilStage } from './CouncilStage';
import './council.css';

/**
 * The Council tab. One shared stage for every device and the projector (question, countdown, who
 * speaks and who is next); the Lead Reviewer's controls sit under it; ideas, selection and
 * appreciations beside it. Earlier sessions are listed under it, each opening read-only in its
 * place. Everything shown comes from the relay doc the relay writes.
 */
export function CouncilView() {
  const council = useRelayDocValue(councilEntry);
  const earlier = useEarlierSessions('council');
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = earlier.find((past) => past.session.sessionId === openedId);
  return (
    <SessionTab
      session={council}
      processName="Council"
      emptyMessage="No Council session yet. The Lead Reviewer sets one up when the host is ready to present."
      className="council"
      setup={(running, onDone, following) => <CouncilSetupForm running={running} following={following} onDone={onDone} />}
      earlier={<EarlierSessions sessions={earlier.map(earlierSessionItem)} openedId={opened ? openedId : null} onOpen={setOpenedId} />}
    >
      {opened ? (
        <CouncilPast key={opened.session.sessionId} past={opened} onClose={() => setOpenedId(null)} />
      ) : council ? (
        <>
          <CouncilStage council={council} />
          <div className="session-panels">
            <CouncilIdeas council={council} />
            {council.phase === 'appreciations' || council.appreciations.length > 0 ? <CouncilAppreciations council={council} /> : null}
            {council.turns.length > 0 ? <CouncilRecord council={council} /> : null}
          </div>
        </>
      ) : null}
    </SessionTab>
  );
}
