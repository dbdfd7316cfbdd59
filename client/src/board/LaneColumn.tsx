import { memo, useMemo } from 'react';
import type { LaneView } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CardTile } from './CardTile';
import { DropZone } from './DropZone';
import { sameLaneView } from './sameContent';
import { ThemeBlock } from './ThemeBlock';

interface Props {
  headingId: string;
  headingTitle: string;
  lane: LaneId;
  title: string;
  content: LaneView;
}

/** One lane of a heading (strengths or next steps): its themes, then its loose cards. */
export const LaneColumn = memo(
  function LaneColumn({ headingId, headingTitle, lane, title, content }: Props) {
    const data = useMemo(() => ({ kind: 'lane' as const, headingId, lane, label: `${headingTitle} · ${title}` }), [headingId, headingTitle, lane, title]);
    const { canEdit } = useBoardConnection();
    const empty = content.themes.length === 0 && content.looseCards.length === 0;
    return (
      <DropZone dropId={`lane:${headingId}:${lane}`} data={data} as="section" className="lane" name={title} attributes={{ 'data-lane': lane }}>
        <h4 className="lane__title">
          <span className={lane === 'strengths' ? 'lane-tag lane-tag--strengths' : 'lane-tag lane-tag--next'}>{title}</span>
        </h4>
        {content.themes.map((item) => (
          <ThemeBlock key={item.theme.id} item={item} />
        ))}
        {content.looseCards.length > 0 && content.themes.length > 0 ? <p className="lane__divider">Not yet in a theme</p> : null}
        {content.looseCards.map((card) => (
          <CardTile key={card.id} card={card} />
        ))}
        {empty ? <p className="lane__empty">{canEdit ? 'Drop evidence here' : 'No evidence here yet'}</p> : null}
      </DropZone>
    );
  },
  (previous, next) =>
    previous.headingId === next.headingId &&
    previous.headingTitle === next.headingTitle &&
    previous.lane === next.lane &&
    previous.title === next.title &&
    sameLaneView(previous.content, next.content),
);
