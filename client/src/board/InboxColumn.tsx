import { memo } from 'react';
import type { Card } from '@washup/shared/board';
import { CardTile } from './CardTile';
import { DropZone } from './DropZone';

const inboxData = { kind: 'inbox', label: 'the inbox' } as const;

/** Cards not yet placed under a heading, newest first. */
export const InboxColumn = memo(function InboxColumn({ cards, total }: { cards: Card[]; total: number }) {
  return (
    <DropZone dropId="inbox" data={inboxData} as="section" className="inbox" name="Inbox">
      <h2 className="inbox__title section-title">
        Inbox <span className="count-badge">{cards.length === total ? total : `${cards.length} of ${total}`}</span>
      </h2>
      <p className="inbox__hint">{total === 0 ? 'New evidence lands here.' : 'Drag each card to a heading, or use its Move to… button.'}</p>
      {cards.map((card) => (
        <CardTile key={card.id} card={card} />
      ))}
    </DropZone>
  );
});
