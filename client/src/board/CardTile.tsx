import { memo, useState } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { moveCard, type Card, type CardTarget } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CaptureForm } from '../capture/CaptureForm';
import { MoveToMenu } from './MoveToMenu';

const valenceLabels = { strength: 'Strength', nextStep: 'Next step', neutral: 'Neutral', question: 'Question' } as const;

/** One evidence card: what was seen, where it came from, and (for editors) a drag handle and "Move to…". */
export const CardTile = memo(function CardTile({ card }: { card: Card }) {
  const { board, canEdit } = useBoardConnection();
  const drag = useDraggable({ id: `card:${card.id}`, data: { kind: 'card', id: card.id }, disabled: !canEdit });
  const drop = useDroppable({ id: `on-card:${card.id}`, data: { kind: 'card', id: card.id }, disabled: !canEdit });
  const short = card.observation.length > 40 ? `${card.observation.slice(0, 40)}…` : card.observation;
  const move = (target: CardTarget) => moveCard(board, card.id, target);
  const [editing, setEditing] = useState(false);
  if (editing) return <CaptureForm editing={card} onDone={() => setEditing(false)} />;
  return (
    <article
      ref={drop.setNodeRef}
      className="card-tile"
      data-valence={card.valence}
      data-over={drop.isOver || undefined}
      data-dragging={drag.isDragging || undefined}
      aria-label={`Card: ${card.observation}`}
    >
      <div className="card-tile__body">
        {canEdit ? (
          <button type="button" ref={drag.setNodeRef} className="card-tile__handle" aria-label={`Drag ${short}`} {...drag.listeners} {...drag.attributes}>
            ⠿
          </button>
        ) : null}
        <p className="card-tile__observation">{card.observation}</p>
      </div>
      {card.interpretation ? <p className="card-tile__interpretation">{card.interpretation}</p> : null}
      <p className="card-tile__meta">
        <span className="tag">{card.activity}</span>
        {card.stakeholder ? <span className="tag">{card.stakeholder}</span> : null}
        {card.site ? <span className="tag">{card.site}</span> : null}
        <span className="tag tag--valence">{valenceLabels[card.valence]}</span>
        {card.counterEvidence ? <span className="tag tag--counter">Counter-evidence</span> : null}
        <span className="card-tile__author">{card.authorName}</span>
      </p>
      {canEdit ? (
        <div className="card-tile__actions">
          <MoveToMenu label={short} onMove={move} />
          <button type="button" className="button button--ghost button--small" aria-label={`Edit ${short}`} onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      ) : null}
    </article>
  );
});
