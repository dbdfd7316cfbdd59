import { memo } from 'react';
import type { Card } from '@washup/shared/board';
import { CardTile } from './CardTile';
import { DownloadLearningButton } from './DownloadLearningButton';

/**
 * Reviewer learning: ideas this reviewer takes home. The cards come from their own private doc,
 * which only their token opens: never on the board, on anyone else's device, or in the report.
 */
export const PrivateLearningLane = memo(function PrivateLearningLane({ cards }: { cards: Card[] }) {
  if (cards.length === 0) return null;
  return (
    <details className="private-lane" aria-label="Reviewer learning">
      <summary>
        Reviewer learning <span className="count-badge">{cards.length}</span>
        <span className="private-lane__note">Only you see these: they stay on your devices and in your own private copy on the relay, never on the board or in the report.</span>
      </summary>
      <div className="private-lane__actions">
        <DownloadLearningButton />
      </div>
      <div className="private-lane__cards">
        {cards.map((card) => (
          <CardTile key={card.id} card={card} />
        ))}
      </div>
    </details>
  );
});
