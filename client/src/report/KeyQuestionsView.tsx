import { keyQuestionCoverageLabel, type ReportKeyQuestion } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

/** The questions agreed with the host, each with how much evidence answers it. */
export function KeyQuestionsView({ questions }: { questions: readonly ReportKeyQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <ReportPart titleId="report-key-questions" title="Key questions">
      <ol className="report-questions">
        {questions.map((question) => (
          <li key={question.keyQuestionId} className="report-questions__item">
            <span className="report-questions__number">{question.number}.</span>
            <div>
              <p className="report-questions__text">
                {question.text}
                {question.agreed ? null : <span className="report-tag"> draft</span>}
              </p>
              <p className="report-questions__coverage">Evidence: {keyQuestionCoverageLabel(question)}.</p>
            </div>
          </li>
        ))}
      </ol>
    </ReportPart>
  );
}
