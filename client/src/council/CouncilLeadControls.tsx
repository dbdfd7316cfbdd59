import { maxCouncilRounds, type CouncilState } from '@washup/shared/council';
import { useState } from 'react';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { councilAdvanceLabel } from './councilWording';
import { SpeakingOrderEditor, type PlannedSpeaker } from './SpeakingOrderEditor';

const reorderablePhases = ['contracting', 'presenterThinking', 'question', 'round', 'freshThinking'];

/** The Lead Reviewer's "next", another round, and a change to the speaking order. */
export function CouncilLeadControls({ council }: { council: CouncilState }) {
  const command = useCommand();
  const advance = councilAdvanceLabel(council);
  const [order, setOrder] = useState<PlannedSpeaker[] | null>(null);
  const current = council.participants.map((participant): PlannedSpeaker => ({ ...participant, included: true }));
  const canAddRound = council.rounds < maxCouncilRounds && !['appreciations', 'closed'].includes(council.phase);

  return (
    <div className="council-lead">
      <div className="session-controls">
        {advance ? (
          <button
            type="button"
            className="button button--primary button--large"
            disabled={command.busy || (council.phase === 'question' && council.question === '')}
            onClick={() => command.send({ type: 'council.advance', from: council.phase })}
          >
            {advance}
          </button>
        ) : null}
        {canAddRound ? (
          <button type="button" className="button button--ghost" disabled={command.busy} onClick={() => command.send({ type: 'council.addRound' })}>
            Add a round ({council.rounds} planned)
          </button>
        ) : null}
      </div>
      {council.phase === 'question' && council.question === '' ? <p className="muted">Write down the question before the first round.</p> : null}
      {reorderablePhases.includes(council.phase) ? (
        <details className="council-lead__order">
          <summary>Change the speaking order</summary>
          <SpeakingOrderEditor speakers={order ?? current} onChange={setOrder} fixedMembers />
          <button
            type="button"
            className="button button--secondary"
            disabled={command.busy || order === null}
            onClick={() => order && command.send({ type: 'council.reorder', order: order.map((speaker) => speaker.id) }, () => setOrder(null))}
          >
            Save the order
          </button>
        </details>
      ) : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
