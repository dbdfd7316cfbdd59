import { memo } from 'react';
import type { Card } from '@washup/shared/board';
import { CardTile } from './CardTile';

/** Reviewer learning: ideas the reviewers take home. Never in the host's report, and not shown to the host. */
export const PrivateLearningLane = memo(function PrivateLearningLane({ cards }: { cards: Card[] }) {
  if (cards.length === 0) return null;
  return (
    <details className="private-lane">
      <summary>
        Reviewer learning <span className="count-badge">{cards.length}</span>
        <span className="private-lane__note">Only reviewers see these; never in the report.</span>
      </summary>
      <div className="private-lane__cards">
        {cards.map((card) => (
          <CardTile key={card.id} card={card} />
        ))}
      </div>
    </details>
  );
});
