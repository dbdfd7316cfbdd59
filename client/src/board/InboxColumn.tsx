import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Card } from '@washup/shared';
import { CardTile } from './CardTile';

/** Cards not yet placed under a heading, newest first. */
export const InboxColumn = memo(function InboxColumn({ cards }: { cards: Card[] }) {
  const drop = useDroppable({ id: 'inbox', data: { kind: 'inbox' } });
  return (
    <section ref={drop.setNodeRef} className="inbox" data-over={drop.isOver || undefined} aria-label="Inbox">
      <h2 className="inbox__title section-title">
        Inbox <span className="count">{cards.length}</span>
      </h2>
      {cards.length === 0 ? <p className="lane__empty">New evidence lands here.</p> : null}
      {cards.map((card) => (
        <CardTile key={card.id} card={card} />
      ))}
    </section>
  );
});
