import { createTheme, moveCard, type Card } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { moveAndAnnounce } from './announcements';
import { requestFocus } from './focusRequest';
import { cardDestinations, type CardPlace, type PlaceOption } from './moveTargets';
import { PlaceMenu } from './PlaceMenu';

/** A card's "Move to…": the inbox, loose in any heading's lane, into any theme, or into a new theme made there. */
export function MoveCardMenu({ card, label }: { card: Card; label: string }) {
  const { board, undoHistory } = useBoardConnection();
  const focusKey = `card:${card.id}`;
  const move = ({ target, label: place }: PlaceOption<CardPlace>) => {
    requestFocus(focusKey);
    if (target.kind === 'newTheme') {
      moveAndAnnounce(undoHistory, `Moved to ${place}.`, () => createTheme(board, target, { cardId: card.id }));
    } else {
      moveAndAnnounce(undoHistory, `Moved to ${place}.`, () => moveCard(board, card.id, target));
    }
  };
  return <PlaceMenu buttonText="Move to…" subject={`card: ${label}`} destinations={cardDestinations} onMove={move} focusKey={focusKey} />;
}
