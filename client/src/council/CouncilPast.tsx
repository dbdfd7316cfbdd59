import { councilPhaseLabels } from '@washup/shared/council';
import { PastSessionFrame } from '../session/PastSessionFrame';
import type { EarlierSession } from '../session/useEarlierSessions';
import { CouncilAppreciations } from './CouncilAppreciations';
import { CouncilIdeas } from './CouncilIdeas';
import { CouncilRecord } from './CouncilRecord';

/** An earlier Council session, read-only: its question, the ideas and the presenter's choice, appreciations and the speaking record. */
export function CouncilPast({ past, onClose }: { past: EarlierSession<'council'>; onClose: () => void }) {
  const council = past.session;
  const ending = past.replacedDuring === null ? 'It ran to its end.' : `It was replaced during ${councilPhaseLabels[past.replacedDuring]}, and closed then.`;
  return (
    <PastSessionFrame session={council} processName="Council" ending={ending} onClose={onClose}>
      <section className="session-panel" aria-labelledby="council-past-question">
        <h3 id="council-past-question">{council.presenter.name}'s question</h3>
        <p className="session-stage__question">{council.question || 'No question was recorded.'}</p>
      </section>
      <CouncilIdeas council={council} />
      {council.appreciations.length > 0 ? <CouncilAppreciations council={council} /> : null}
      {council.turns.length > 0 ? <CouncilRecord council={council} /> : null}
    </PastSessionFrame>
  );
}
