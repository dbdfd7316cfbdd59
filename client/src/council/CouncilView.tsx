import { councilEntry } from '@washup/shared/relayDoc';
import { SessionTab } from '../session/SessionTab';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { CouncilAppreciations } from './CouncilAppreciations';
import { CouncilIdeas } from './CouncilIdeas';
import { CouncilRecord } from './CouncilRecord';
import { CouncilSetupForm } from './CouncilSetupForm';
import { CouncilStage } from './CouncilStage';
import './council.css';

/**
 * The Council tab. One shared stage for every device and the projector (question, countdown, who
 * speaks and who is next); the Lead Reviewer's controls sit under it; ideas, selection and
 * appreciations beside it. Everything shown comes from the relay doc the relay writes.
 */
export function CouncilView() {
  const council = useRelayDocValue(councilEntry);
  return (
    <SessionTab
      session={council}
      processName="Council"
      emptyMessage="No Council session yet. The Lead Reviewer sets one up when the host is ready to present."
      className="council"
      setup={(running, onDone) => <CouncilSetupForm running={running} onDone={onDone} />}
    >
      {council ? (
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
