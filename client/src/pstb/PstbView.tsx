import { pstbEntry } from '@washup/shared/relayDoc';
import { SessionTab } from '../session/SessionTab';
import { useRelayDocValue } from '../sync/useRelayDocValue';
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
  const pstb = useRelayDocValue(pstbEntry);
  return (
    <SessionTab
      session={pstb}
      processName="PSTB"
      emptyMessage="No PSTB session yet. The Lead Reviewer sets one up when the host is ready to bring a problem."
      className="pstb"
      setup={(running, onDone) => <PstbSetupForm running={running} onDone={onDone} />}
    >
      {pstb ? (
        <>
          <PstbStage pstb={pstb} />
          <PstbPanels pstb={pstb} />
        </>
      ) : null}
    </SessionTab>
  );
}
