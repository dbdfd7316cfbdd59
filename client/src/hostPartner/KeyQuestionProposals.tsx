import { keyQuestionSchema } from '@washup/shared/board';
import { useCommand } from '../commands/useCommand';
import { useRedactor } from '../report/useRedactor';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { dayAndTime } from '../ui/dayAndTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextSubmitForm } from '../ui/TextSubmitForm';
import { useHostPartner } from './useHostPartner';
import './hostPartner.css';

const maxQuestionLength = keyQuestionSchema.shape.text.maxLength ?? 500;

/**
 * The key questions the host proposed: the host writes one here, the Lead Reviewer accepts it (it
 * becomes a key question of the board, agreed) or declines it; each decision shows who and when.
 */
export function KeyQuestionProposals() {
  const { identity } = useBoardConnection();
  const { proposals } = useHostPartner();
  const redactor = useRedactor();
  const command = useCommand();
  const host = identity.role === 'host';
  const lead = identity.role === 'facilitator';
  if (proposals.length === 0 && !host) return null;

  return (
    <section className="key-question-proposals no-print" aria-labelledby="key-question-proposals-title">
      <h4 id="key-question-proposals-title">Proposed by the host</h4>
      {proposals.length > 0 ? (
        <ul className="report-comments__list">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="report-comments__item" data-decision={proposal.decision ? (proposal.decision.accepted ? 'accepted' : 'declined') : 'open'}>
              <p className="report-comments__text">{redactor.redact(proposal.text)}</p>
              <p className="muted">
                Proposed by {redactor.redact(proposal.by.name)} · {dayAndTime(proposal.at)}
                {proposal.decision
                  ? ` · ${proposal.decision.accepted ? 'Accepted' : 'Declined'} by ${redactor.redact(proposal.decision.by.name)} · ${dayAndTime(proposal.decision.at)}`
                  : ' · Waiting for the Lead Reviewer'}
              </p>
              {lead && !proposal.decision ? (
                <div className="report-comments__buttons">
                  <button type="button" className="button button--primary button--small" disabled={command.busy} onClick={() => command.send({ type: 'host.decideProposal', proposalId: proposal.id, accept: true })}>
                    Accept<span className="visually-hidden"> the proposed key question</span>
                  </button>
                  <button type="button" className="button button--ghost button--small" disabled={command.busy} onClick={() => command.send({ type: 'host.decideProposal', proposalId: proposal.id, accept: false })}>
                    Decline<span className="visually-hidden"> the proposed key question</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {host ? (
        <TextSubmitForm label="Propose a key question" maxLength={maxQuestionLength} submitLabel="Propose" busy={command.busy} onSubmit={(text, clear) => command.send({ type: 'host.proposeKeyQuestion', text }, clear)} />
      ) : null}
      {command.error ? <ErrorAlert title="Not saved">{command.error}</ErrorAlert> : null}
    </section>
  );
}
