import { pstbSessionKey, type PstbState } from '@washup/shared';
import { useState } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useSessionValue } from '../sync/useSessionValue';
import { PstbPanels } from './PstbPanels';
import { PstbSetupForm } from './PstbSetupForm';
import { PstbStage } from './PstbStage';
import './pstb.css';

/**
 * The PSTB tab. One shared stage for every device and the projector (the step, its purpose, the
 * problem, the countdown); below it, the current step's work and the timeline. Session state
 * comes from the relay; ideas, notes and actions from the board doc.
 */
export function PstbView() {
  const { identity } = useBoardConnection();
  const pstb = useSessionValue<PstbState>(pstbSessionKey);
  const [settingUp, setSettingUp] = useState(false);
  const isLead = identity.role === 'facilitator';

  if (!pstb || settingUp) {
    if (isLead) return <PstbSetupForm running={pstb !== undefined && pstb.phase !== 'closed'} onDone={() => setSettingUp(false)} />;
    return <p className="empty-state">No PSTB session yet. The Lead Reviewer sets one up when the host is ready to bring a problem.</p>;
  }

  return (
    <div className="session pstb">
      <PstbStage pstb={pstb} />
      <PstbPanels pstb={pstb} />
      {isLead ? (
        <div className="session-toolbar">
          <button type="button" className="button button--ghost" onClick={() => setSettingUp(true)}>
            {pstb.phase === 'closed' ? 'Set up a new PSTB session' : 'Replace this session…'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
