import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { canFacilitate } from '@washup/shared/auth';
import { deleteCardAs, mayDeleteCard, stepCard, type Card } from '@washup/shared/board';
import { CaptureForm } from '../capture/CaptureForm';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce, moveAndAnnounce } from './announcements';
import { CardFace } from './CardFace';
import { CardMarks } from './CardMarks';
import { DragHandle } from './DragHandle';
import { requestFocus } from './focusRequest';
import { MoveCardMenu } from './MoveCardMenu';
import { stepFromKey } from './reorderKeys';
import { shortLabel } from './shortLabel';

interface Props {
  card: Card;
  /** False where there is no board to place it on (the capture view's list): Edit only. */
  placeable?: boolean;
  /** On the board: one row (its first line, sources, key questions) until opened. */
  compact?: boolean;
}

/** The first line of an observation, which a compact row shows (the rest is cut with an ellipsis by CSS). */
const firstLine = (text: string) => text.trim().split('\n', 1)[0] ?? '';

/**
 * One evidence card. Memoised on the card record, which keeps its identity until the card itself
 * changes, so a change elsewhere on a board of thousands does not render it again. On the board it
 * is a compact row (grip, first line, sources, key questions, "Move to…") that opens into the full
 * card. People who can edit get a grip to drag it, "Move to…" and Edit, Alt+↑/↓ to move it among
 * its neighbours, and its author and the Lead Reviewer can delete it (at once, with an Undo;
 * reviewer learning in the private lane has no undo, so it is not deleted here); everyone else sees
 * the card only. A card is a drop target through its `data-card-*` attributes (see cardUnderPoint.ts).
 */
export const CardTile = memo(function CardTile({ card, placeable = true, compact = false }: Props) {
  const { canEdit, board, undoHistory, identity } = useBoardConnection();
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const label = shortLabel(card.observation);
  // Reviewer learning stays in its private lane: it can be edited, not placed.
  const movable = canEdit && placeable && !card.privateLearning;
  const deleter = useMemo(() => ({ participantId: identity.participantId, leadReviewer: canFacilitate(identity.role) }), [identity]);
  const deletable = canEdit && !card.privateLearning && mayDeleteCard(card, deleter);
  const drag = useMemo(() => ({ kind: 'card' as const, id: card.id, label }), [card.id, label]);

  if (editing) return <CaptureForm editing={card} onDone={() => setEditing(false)} />;
  const handle = movable ? <DragHandle dragId={`card:${card.id}`} data={drag} /> : null;
  const reorder = (event: KeyboardEvent) => {
    const step = movable ? stepFromKey(event) : null;
    if (!step) return;
    event.preventDefault();
    // A card inside a theme: the theme around it must not move too.
    event.stopPropagation();
    requestFocus(`card:${card.id}`);
    moveAndAnnounce(undoHistory, `Card moved ${step}.`, () => stepCard(board, card.id, step));
  };
  const toggle = compact ? (
    <button type="button" className="button button--ghost button--small card-row__toggle" aria-expanded={open} aria-label={open ? `Show less of ${label}` : `Show all of ${label}`} onClick={() => setOpen(!open)}>
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  ) : null;
  const attributes = {
    'aria-label': `Card: ${card.observation}`,
    'data-valence': card.valence,
    'data-card-id': movable ? card.id : undefined,
    'data-card-label': movable ? drag.label : undefined,
    onKeyDown: reorder,
  };

  if (compact && !open) {
    return (
      <article className="card-tile card-tile--row" {...attributes}>
        <div className="card-row">
          {handle}
          <p className="card-row__observation" title={card.observation}>
            {firstLine(card.observation)}
          </p>
          <CardMarks card={card} />
          {movable ? <MoveCardMenu card={card} label={label} /> : null}
          {toggle}
        </div>
      </article>
    );
  }
  return (
    <article className="card-tile" {...attributes}>
      <CardFace
        card={card}
        handle={handle}
        actions={
          canEdit || toggle ? (
            <div className="card-tile__actions">
              {movable ? <MoveCardMenu card={card} label={label} /> : null}
              {canEdit ? (
                <button type="button" className="button button--ghost button--small" aria-label={`Edit ${label}`} onClick={() => setEditing(true)}>
                  Edit
                </button>
              ) : null}
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
              {toggle}
            </div>
          ) : null
        }
      />
    </article>
  );
});
