import { useMemo } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { CardTile } from '../board/CardTile';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { usePrivateValue } from '../sync/usePrivateValue';
import { recentCardsBy } from './recentCards';

const listCards = (doc: BoardDoc) => doc.list('cards');

/** The last few cards you captured, reviewer learning included, to check them and correct one without leaving capture. */
export function RecentCaptures() {
  const { identity } = useBoardConnection();
  const shared = useBoardValue(listCards);
  const learning = usePrivateValue(listCards);
  const cards = useMemo(() => recentCardsBy([...shared, ...(learning ?? [])], identity.participantId, 5), [shared, learning, identity.participantId]);
  if (cards.length === 0) return null;
  return (
    <section className="recent-captures" aria-labelledby="recent-captures-title">
      <h2 id="recent-captures-title" className="section-title">
        Your latest cards
      </h2>
      {cards.map((card) => (
        <CardTile key={card.id} card={card} placeable={false} />
      ))}
    </section>
  );
}
