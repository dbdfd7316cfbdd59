import { moveCard, type Card, type CardTarget } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { moveAndAnnounce } from './announcements';
import { requestFocus } from './focusRequest';
import { cardDestinations, type PlaceOption } from './moveTargets';
import { PlaceMenu } from './PlaceMenu';

/** A card's "Move to…": the inbox, loose in any heading's lane, or into any theme. */
export function MoveCardMenu({ card, label }: { card: Card; label: string }) {
  const { board, undoHistory } = useBoardConnection();
  const focusKey = `card:${card.id}`;
  const move = (choice: PlaceOption<CardTarget>) => {
    requestFocus(focusKey);
    moveAndAnnounce(undoHistory, `Moved to ${choice.label}.`, () => moveCard(board, card.id, choice.target));
  };
  return <PlaceMenu label={`Move ${label} to…`} buttonText="Move to…" destinations={cardDestinations} onMove={move} focusKey={focusKey} />;
}
