import { memo, useState } from 'react';
import type { Card } from '@washup/shared/board';
import { CardTile } from './CardTile';
import { DropZone } from './DropZone';

const inboxData = { kind: 'inbox', label: 'the inbox' } as const;
/** Cards shown before "Show all": hundreds waiting would make the side column slow and long. */
const inboxShown = 20;

/** Cards not yet placed under a heading, newest first, as compact rows. */
export const InboxColumn = memo(function InboxColumn({ cards, total }: { cards: Card[]; total: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? cards : cards.slice(0, inboxShown);
  return (
    <DropZone dropId="inbox" data={inboxData} as="section" className="inbox" name="Inbox">
      <h2 className="inbox__title section-title">
        Inbox <span className="count-badge">{cards.length === total ? total : `${cards.length} of ${total}`}</span>
      </h2>
      <p className="inbox__hint">{total === 0 ? 'New evidence lands here.' : 'Drag each card to a heading, or use its Move to… button.'}</p>
      {shown.map((card) => (
        <CardTile key={card.id} card={card} compact />
      ))}
      {shown.length < cards.length ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setAll(true)}>
          Show all {cards.length} cards in the inbox
        </button>
      ) : null}
    </DropZone>
  );
});
