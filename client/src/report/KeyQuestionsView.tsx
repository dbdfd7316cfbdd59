import { memo } from 'react';
import { keyQuestionAgreementLabel, keyQuestionCoverageLabel, type ReportKeyQuestion } from '@washup/shared/report';
import { useCommand } from '../commands/useCommand';
import { KeyQuestionProposals } from '../hostPartner/KeyQuestionProposals';
import { useHostPartner } from '../hostPartner/useHostPartner';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ReportPart } from './ReportPart';

/** The key questions as agreed with the host (who agrees each one from here), each with how much evidence answers it, and the host's proposals. */
function KeyQuestionsViewUnmemoised({ questions }: { questions: readonly ReportKeyQuestion[] }) {
  const { identity } = useBoardConnection();
  const partner = useHostPartner();
  const command = useCommand();
  const host = identity.role === 'host';
  if (questions.length === 0 && !host && partner.proposals.length === 0) return null;
  return (
    <ReportPart titleId="report-key-questions" title="Key questions">
      <ol className="report-questions">
        {questions.map((question) => {
          const standing = keyQuestionAgreementLabel(question);
          return (
            <li key={question.keyQuestionId} className="report-questions__item">
              <span className="report-questions__number">{question.number}.</span>
              <div>
                <p className="report-questions__text">
                  {question.text}
                  {standing ? <span className={question.hostAgreed ? 'report-tag report-tag--agreed' : 'report-tag'}> {standing}</span> : null}
                </p>
                <p className="report-questions__coverage">Evidence: {keyQuestionCoverageLabel(question)}.</p>
                {host && !question.hostAgreed ? (
                  <button
                    type="button"
                    className="button button--secondary button--small no-print"
                    disabled={command.busy}
                    onClick={() => command.send({ type: 'host.agreeKeyQuestion', keyQuestionId: question.keyQuestionId })}
                  >
                    Agree<span className="visually-hidden"> key question {question.number}</span>
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {command.error ? <ErrorAlert title="Not agreed">{command.error}</ErrorAlert> : null}
      <KeyQuestionProposals />
    </ReportPart>
  );
}

/** Rendered again only when its own data changed, not at every keystroke in the report's narrative. */
export const KeyQuestionsView = memo(KeyQuestionsViewUnmemoised);
