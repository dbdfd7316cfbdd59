import type { Card } from '@washup/shared/board';
import { useKeyQuestionLabels } from './KeyQuestionLabels';
import { activityMarks, stakeholderMarks } from './labels';

/**
 * A compact row's provenance and key questions: the activity and stakeholder group as small marks
 * (named in full to screen readers and in a tooltip), a counter-evidence mark, and Q1, Q2… chips.
 */
export function CardMarks({ card }: { card: Card }) {
  const questions = useKeyQuestionLabels(card.keyQuestionIds);
  const source = [card.activity, card.stakeholder, card.site].filter(Boolean).join(', ');
  return (
    <span className="card-row__marks">
      <span className="card-row__source" role="img" aria-label={`Source: ${source}`} title={source}>
        <span className="mark mark--activity" data-activity={card.activity}>
          {activityMarks[card.activity]}
        </span>
        {card.stakeholder ? <span className="mark">{stakeholderMarks[card.stakeholder]}</span> : null}
      </span>
      {card.counterEvidence ? (
        <span className="mark mark--counter" title="Counter-evidence">
          <span aria-hidden="true">≠</span>
          <span className="visually-hidden">Counter-evidence</span>
        </span>
      ) : null}
      {questions.length > 0 ? (
        <ul className="card-row__questions" aria-label="Key questions">
          {questions.map((question) => (
            <li key={question.number} className="mark mark--question" title={question.text} aria-label={`${question.number} ${question.text}`}>
              {question.number}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
