import { councilSessionKey, type CouncilState } from '@washup/shared';
import { useState } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useSessionValue } from '../sync/useSessionValue';
import { CouncilAppreciations } from './CouncilAppreciations';
import { CouncilIdeas } from './CouncilIdeas';
import { CouncilRecord } from './CouncilRecord';
import { CouncilSetupForm } from './CouncilSetupForm';
import { CouncilStage } from './CouncilStage';
import './council.css';

/**
 * The Council tab. One shared stage for every device and the projector (question, countdown, who
 * speaks and who is next); the Lead Reviewer's controls sit under it; ideas, selection and
 * appreciations beside it. Everything shown comes from the session doc the relay writes.
 */
export function CouncilView() {
  const { identity } = useBoardConnection();
  const council = useSessionValue<CouncilState>(councilSessionKey);
  const [settingUp, setSettingUp] = useState(false);
  const isLead = identity.role === 'facilitator';

  if (!council || settingUp) {
    if (isLead) return <CouncilSetupForm running={council !== undefined && council.phase !== 'closed'} onDone={() => setSettingUp(false)} />;
    return <p className="empty-state">No Council session yet. The Lead Reviewer sets one up when the host is ready to present.</p>;
  }

  return (
    <div className="session council">
      <CouncilStage council={council} />
      <div className="session-panels">
        <CouncilIdeas council={council} />
        {council.phase === 'appreciations' || council.appreciations.length > 0 ? <CouncilAppreciations council={council} /> : null}
        {council.turns.length > 0 ? <CouncilRecord council={council} /> : null}
      </div>
      {isLead ? (
        <div className="session-toolbar">
          <button type="button" className="button button--ghost" onClick={() => setSettingUp(true)}>
            {council.phase === 'closed' ? 'Set up a new Council session' : 'Replace this session…'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
