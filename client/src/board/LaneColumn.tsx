import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { LaneId, LaneView } from '@washup/shared';
import { CardTile } from './CardTile';
import { sameLaneView } from './sameContent';
import { ThemeBlock } from './ThemeBlock';

interface Props {
  headingId: string;
  lane: LaneId;
  title: string;
  content: LaneView;
}

/** One lane of a heading (strengths or next steps): its themes, then its loose cards. */
export const LaneColumn = memo(
  function LaneColumn({ headingId, lane, title, content }: Props) {
  const drop = useDroppable({ id: `lane:${headingId}:${lane}`, data: { kind: 'lane', headingId, lane } });
  const empty = content.themes.length === 0 && content.looseCards.length === 0;
  return (
    <section ref={drop.setNodeRef} className="lane" data-lane={lane} data-over={drop.isOver || undefined} aria-label={title}>
      <h4 className="lane__title">{title}</h4>
      {content.themes.map((item) => (
        <ThemeBlock key={item.theme.id} item={item} />
      ))}
      {content.looseCards.map((card) => (
        <CardTile key={card.id} card={card} />
      ))}
      {empty ? <p className="lane__empty">Drop evidence here</p> : null}
    </section>
  );
},
  (previous, next) =>
    previous.headingId === next.headingId && previous.lane === next.lane && previous.title === next.title && sameLaneView(previous.content, next.content),
);
