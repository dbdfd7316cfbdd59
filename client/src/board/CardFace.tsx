import type { ReactNode } from 'react';
import type { Card } from '@washup/shared/board';
import { capturedAtLabel } from './capturedAt';
import { useKeyQuestionLabels } from './KeyQuestionLabels';
import { valenceLabels } from './labels';

interface Props {
  card: Card;
  /** The drag grip, for people who may move cards. */
  handle?: ReactNode;
  /** Move and edit, for people who may change cards. */
  actions?: ReactNode;
}

/** What a card says and where it came from: the fact, the reading of it, the source, the key questions it answers and its author. */
export function CardFace({ card, handle, actions }: Props) {
  const time = capturedAtLabel(card.capturedAt);
  const questions = useKeyQuestionLabels(card.keyQuestionIds);
  return (
    <>
      <div className="card-tile__body">
        {handle}
        <p className="card-tile__observation">{card.observation}</p>
      </div>
      {card.interpretation ? <p className="card-tile__interpretation">{card.interpretation}</p> : null}
      <ul className="card-tile__tags" aria-label="Source">
        <li className="tag tag--activity">{card.activity}</li>
        {card.stakeholder ? <li className="tag">{card.stakeholder}</li> : null}
        {card.site ? <li className="tag tag--site">{card.site}</li> : null}
        <li className="tag tag--valence" data-valence={card.valence}>
          {valenceLabels[card.valence]}
        </li>
        {card.counterEvidence ? <li className="tag tag--counter">Counter-evidence</li> : null}
        {card.privateLearning ? <li className="tag tag--private">Reviewer learning</li> : null}
      </ul>
      {questions.length > 0 ? (
        <ul className="card-tile__tags" aria-label="Key questions">
          {questions.map((question) => (
            <li key={question.number} className="tag tag--question" title={question.text} aria-label={`${question.number} ${question.text}`}>
              {question.number}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="card-tile__foot">
        <p className="card-tile__author" title={`Captured by ${card.authorName}, ${time.full}`}>
          {`${card.authorName} · ${time.short}`}
        </p>
        {actions}
      </div>
    </>
  );
}
