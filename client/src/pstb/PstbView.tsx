import { pstbEntry } from '@washup/shared/relayDoc';
import { useState } from 'react';
import { EarlierSessions } from '../session/EarlierSessions';
import { earlierSessionItem } from '../session/earlierSessionItem';
import { SessionTab } from '../session/SessionTab';
import { useEarlierSessions } from '../session/useEarlierSessions';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { PstbPanels } from './PstbPanels';
import { PstbPast } from './PstbPast';
import { PstbSetupForm } from './PstbSetupForm';
import { PstbStage } from './PstbStage';
import './pstb.css';

/**
 * The PSTB tab. One shared stage for every device and the projector (the step, its purpose, the
 * problem, the countdown); below it, the current step's work and the timeline, then the earlier
 * sessions, each opening read-only in its place. Session state comes from the relay; ideas, notes
 * and actions from the board doc.
 */
export function PstbView() {
  const pstb = useRelayDocValue(pstbEntry);
  const earlier = useEarlierSessions('pstb');
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = earlier.find((past) => past.session.sessionId === openedId);
  return (
    <SessionTab
      session={pstb}
      processName="PSTB"
      emptyMessage="No PSTB session yet. The Lead Reviewer sets one up when the host is ready to bring a problem."
      className="pstb"
      setup={(running, onDone, following) => <PstbSetupForm running={running} following={following} onDone={onDone} />}
      earlier={<EarlierSessions sessions={earlier.map(earlierSessionItem)} openedId={opened ? openedId : null} onOpen={setOpenedId} />}
    >
      {opened ? (
        <PstbPast key={opened.session.sessionId} past={opened} onClose={() => setOpenedId(null)} />
      ) : pstb ? (
        <>
          <PstbStage pstb={pstb} />
          <PstbPanels pstb={pstb} />
        </>
      ) : null}
    </SessionTab>
  );
}
