import type { PstbPhase, PstbState } from '@washup/shared/pstb';
import { PstbActions } from './PstbActions';
import { PstbChosenIdeas } from './PstbChosenIdeas';
import { PstbIdeas } from './PstbIdeas';
import { PstbSummary } from './PstbSummary';
import { PstbTimeline } from './PstbTimeline';
import { usePstbRecords } from './usePstbRecords';

const weighingPhases: readonly PstbPhase[] = ['benefits', 'concerns', 'actions'];

/**
 * The panels under the stage: the work of the step under way first (so a phone reaches it without
 * scrolling past the earlier steps), then what came before it, then the timeline.
 */
export function PstbPanels({ pstb }: { pstb: PstbState }) {
  const records = usePstbRecords(pstb.sessionId);
  if (pstb.phase === 'closed') {
    return (
      <div className="session-panels pstb-panels pstb-panels--closed">
        <PstbSummary pstb={pstb} records={records} />
        <PstbTimeline pstb={pstb} />
      </div>
    );
  }
  return (
    <div className="session-panels pstb-panels">
      {pstb.phase === 'actions' ? <PstbActions pstb={pstb} ideas={records.ideas} actions={records.actions} /> : null}
      {weighingPhases.includes(pstb.phase) ? <PstbChosenIdeas pstb={pstb} ideas={records.ideas} notes={records.notes} /> : null}
      <PstbIdeas pstb={pstb} ideas={records.ideas} />
      <PstbTimeline pstb={pstb} />
    </div>
  );
}
