import { memo, useMemo, useState } from 'react';
import { canFacilitate } from '@washup/shared/auth';
import { deleteCardAs, mayDeleteCard, type Card } from '@washup/shared/board';
import { CaptureForm } from '../capture/CaptureForm';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce } from './announcements';
import { CardFace } from './CardFace';
import { DragHandle } from './DragHandle';
import { MoveCardMenu } from './MoveCardMenu';
import { shortLabel } from './shortLabel';

interface Props {
  card: Card;
  /** False where there is no board to place it on (the capture view's list): Edit only. */
  placeable?: boolean;
}

/**
 * One evidence card. Memoised on the card record, which keeps its identity until the card itself
 * changes, so a change elsewhere on a board of thousands does not render it again. People who can
 * edit get a grip to drag it, "Move to…" and Edit, and its author and the Lead Reviewer can delete it
 * (at once, with an Undo; reviewer learning in the private lane has no undo, so it is not deleted here);
 * everyone else sees the card only. A card is a
 * drop target through its `data-card-*` attributes (see cardUnderPoint.ts).
 */
export const CardTile = memo(function CardTile({ card, placeable = true }: Props) {
  const { canEdit, board, undoHistory, identity } = useBoardConnection();
  const [editing, setEditing] = useState(false);
  const label = shortLabel(card.observation);
  // Reviewer learning stays in its private lane: it can be edited, not placed.
  const movable = canEdit && placeable && !card.privateLearning;
  const deleter = useMemo(() => ({ participantId: identity.participantId, leadReviewer: canFacilitate(identity.role) }), [identity]);
  const deletable = canEdit && !card.privateLearning && mayDeleteCard(card, deleter);
  const drag = useMemo(() => ({ kind: 'card' as const, id: card.id, label }), [card.id, label]);

  if (editing) return <CaptureForm editing={card} onDone={() => setEditing(false)} />;
  return (
    <article
      className="card-tile"
      aria-label={`Card: ${card.observation}`}
      data-valence={card.valence}
      data-card-id={movable ? card.id : undefined}
      data-card-label={movable ? drag.label : undefined}
    >
      <CardFace
        card={card}
        handle={movable ? <DragHandle dragId={`card:${card.id}`} data={drag} /> : null}
        actions={
          canEdit ? (
            <div className="card-tile__actions">
              {movable ? <MoveCardMenu card={card} label={label} /> : null}
              <button type="button" className="button button--ghost button--small" aria-label={`Edit ${label}`} onClick={() => setEditing(true)}>
                Edit
              </button>
              {deletable ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`Delete ${label}`}
                  onClick={() => changeAndAnnounce(undoHistory, 'Card deleted.', () => deleteCardAs(board, card.id, deleter), true)}
                >
                  Delete
                </button>
              ) : null}
            </div>
          ) : null
        }
      />
    </article>
  );
});
