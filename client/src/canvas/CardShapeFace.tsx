import { useCallback, useSyncExternalStore } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { valenceLabels } from '../board/labels';

/**
 * What a card shape shows, read from the card record: its words, where they came from and who
 * captured them. A thousand of these share the canvas, so the face is small (the board view's
 * tile has the full detail) and renders again only when its own card changes: the board doc
 * keeps a card's object the same until the card is written.
 */
export function CardShapeFace({ cardId }: { cardId: string }) {
  const { board, boardVersion } = useBoardConnection();
  const card = useSyncExternalStore(
    boardVersion.subscribe,
    useCallback(() => board.get('cards', cardId), [board, cardId]),
  );
  if (!card) return <p className="canvas-card__gone">This card was deleted.</p>;
  return (
    <div className="canvas-card__face" data-card-id={card.id} data-valence={card.valence}>
      <p className="canvas-card__observation">{card.observation}</p>
      <p className="canvas-card__source">{`${card.activity} · ${valenceLabels[card.valence]} · ${card.authorName}`}</p>
    </div>
  );
}
