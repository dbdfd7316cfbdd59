import { pstbPhaseLabels } from '@washup/shared/pstb';
import { PastSessionFrame } from '../session/PastSessionFrame';
import type { EarlierSession } from '../session/useEarlierSessions';
import { PstbSummary } from './PstbSummary';
import { PstbTimeline } from './PstbTimeline';
import { usePstbRecords } from './usePstbRecords';

/** An earlier PSTB session, read-only: its summary (problem, ideas kept and dropped, actions) and timeline. */
export function PstbPast({ past, onClose }: { past: EarlierSession<'pstb'>; onClose: () => void }) {
  const pstb = past.session;
  const records = usePstbRecords(pstb.sessionId);
  const ending = past.replacedDuring === null ? 'It ran to its end.' : `It was replaced during ${pstbPhaseLabels[past.replacedDuring]}, and closed then.`;
  return (
    <PastSessionFrame session={pstb} processName="PSTB" ending={ending} onClose={onClose}>
      <PstbSummary pstb={pstb} records={records} />
      <PstbTimeline pstb={pstb} />
    </PastSessionFrame>
  );
}
