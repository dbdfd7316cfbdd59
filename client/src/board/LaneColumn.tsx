import { memo, useMemo, useState } from 'react';
import { createTheme, newId, type LaneView } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce } from './announcements';
import { CardTile } from './CardTile';
import { DropZone } from './DropZone';
import { requestFocus } from './focusRequest';
import { sameLaneView } from './sameContent';
import { ThemeBlock } from './ThemeBlock';
import { useThemesSetByHand } from './themeExpansion';

interface Props {
  headingId: string;
  headingTitle: string;
  lane: LaneId;
  title: string;
  content: LaneView;
  /** While searching or filtering: every match shown, and no invitation to drop evidence. */
  filtered: boolean;
}

/** A lane holding more themes than this shows them closed, so the board reads as a list of findings. */
export const manyThemes = 3;
/** Loose cards shown before "Show all": a lane of hundreds stays quick to render and to scan. */
export const looseCardsShown = 12;
/** Themes shown before "Show all" (the overview lists them all): a multi-day review's lane can hold fifty. */
export const themesShown = 12;

/** One lane of a heading (strengths or next steps): "New theme", its themes, then its loose cards. */
export const LaneColumn = memo(
  function LaneColumn({ headingId, headingTitle, lane, title, content, filtered }: Props) {
    const place = `${headingTitle} · ${title}`;
    const data = useMemo(() => ({ kind: 'lane' as const, headingId, lane, label: place }), [headingId, lane, place]);
    const { canEdit, board, undoHistory } = useBoardConnection();
    const [allLoose, setAllLoose] = useState(false);
    const [allThemes, setAllThemes] = useState(false);
    const empty = content.themes.length === 0 && content.looseCards.length === 0;
    const themesOpen = filtered || content.themes.length <= manyThemes;
    const loose = allLoose || filtered ? content.looseCards : content.looseCards.slice(0, looseCardsShown);
    const hiddenLoose = content.looseCards.length - loose.length;
    // A theme opened from elsewhere (the overview, a followed Lead Reviewer) shows even beyond the first few.
    const byHand = useThemesSetByHand();
    const themes = allThemes || filtered ? content.themes : content.themes.filter((item, at) => at < themesShown || byHand.get(item.theme.id));
    const hiddenThemes = content.themes.length - themes.length;
    const newTheme = () => {
      const id = newId();
      // The new theme opens on its wording, so the next keys typed are its title.
      requestFocus(`theme-edit:${id}`);
      changeAndAnnounce(undoHistory, `A new theme in ${place}.`, () => createTheme(board, { headingId, lane }, { id }));
    };
    return (
      <DropZone dropId={`lane:${headingId}:${lane}`} data={data} as="section" className="lane" name={title} attributes={{ 'data-lane': lane, 'data-heading-id': headingId }}>
        <div className="lane__head">
          <h4 className="lane__title">
            <span className={lane === 'strengths' ? 'lane-tag lane-tag--strengths' : 'lane-tag lane-tag--next'}>{title}</span>
          </h4>
          {canEdit ? (
            <button type="button" className="button button--ghost button--small lane__new" aria-label={`New theme in ${place}`} onClick={newTheme}>
              + New theme
            </button>
          ) : null}
        </div>
        {themes.map((item) => (
          <ThemeBlock key={item.theme.id} item={item} openByDefault={themesOpen} />
        ))}
        {hiddenThemes > 0 ? (
          <button type="button" className="button button--secondary button--small lane__more" onClick={() => setAllThemes(true)}>
            Show all {content.themes.length} themes
          </button>
        ) : null}
        {content.looseCards.length > 0 && content.themes.length > 0 ? <p className="lane__divider">Not yet in a theme</p> : null}
        {loose.map((card) => (
          <CardTile key={card.id} card={card} compact />
        ))}
        {hiddenLoose > 0 ? (
          <button type="button" className="button button--secondary button--small lane__more" onClick={() => setAllLoose(true)}>
            Show all {content.looseCards.length} cards not yet in a theme
          </button>
        ) : null}
        {empty && !filtered ? <p className="lane__empty">{canEdit ? 'Drop evidence here' : 'No evidence here yet'}</p> : null}
      </DropZone>
    );
  },
  (previous, next) =>
    previous.headingId === next.headingId &&
    previous.headingTitle === next.headingTitle &&
    previous.lane === next.lane &&
    previous.title === next.title &&
    previous.filtered === next.filtered &&
    sameLaneView(previous.content, next.content),
);
