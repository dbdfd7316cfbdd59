import { memo } from 'react';
import { sessionRecordLabel, type ReportOutcome } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

/** The area of challenge: what each Council or PSTB session left the host with. Nothing until one has run. */
function OutcomesViewUnmemoised({ outcomes }: { outcomes: readonly ReportOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <ReportPart titleId="report-challenge" title="Area of challenge">
      {outcomes.map((outcome, at) => (
        <div key={at} className="report-outcome">
          <h4 className="report-lane__title">{outcome.processLabel}</h4>
          <p>
            <strong>Question:</strong> {outcome.question}
          </p>
          <p>
            <strong>Session record:</strong> {sessionRecordLabel(outcome.record)}
          </p>
          <p className="report-evidence__title">Ideas the host selected</p>
          {outcome.selectedIdeas.length > 0 ? (
            <ol className="report-outcome__ideas">
              {outcome.selectedIdeas.map((idea) => (
                <li key={idea.ideaId}>{idea.text}</li>
              ))}
            </ol>
          ) : (
            <p className="report-lane__empty">None selected.</p>
          )}
          {outcome.actions.length > 0 ? (
            <table className="report-table">
              <caption>Actions</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Who</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {outcome.actions.map((action) => (
                  <tr key={action.actionId}>
                    <td>{action.what}</td>
                    <td>{action.who || '—'}</td>
                    <td>{action.when || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
    </ReportPart>
  );
}

/** Rendered again only when its own data changed, not at every keystroke in the report's narrative. */
export const OutcomesView = memo(OutcomesViewUnmemoised);
