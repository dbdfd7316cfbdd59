import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { boardOverview, type BoardView, type OverviewCell } from '@washup/shared/board';
import { laneIds } from '@washup/shared/templates';
import { laneLabel } from '../voting/laneLabel';
import type { BoardPlace } from './focusRequest';

/** Sizes in rem, as board.css sets them: a cell's padding, border and count line, one theme's line, a theme column's least width. */
const cellRem = 1.85;
const themeLineRem = 1.25;
const rowGapRem = 0.25;
const themeColumnRem = 12;
const columnGapRem = 0.75;

/**
 * How many themes ("+ n more" included) each cell can list for every heading to fit the window
 * under the grid's top (the overview is for one screen, whatever the header above it takes): lines
 * of them, in as many columns as a cell's width holds. At least two lines, scrolling if it must.
 */
function useThemesPerCell(rows: number): [RefObject<HTMLDivElement | null>, number] {
  const grid = useRef<HTMLDivElement>(null);
  const [themes, setThemes] = useState(3);
  useLayoutEffect(() => {
    const measure = () => {
      const element = grid.current;
      const cell = element?.querySelector('.overview__cell');
      if (!element || !cell || rows === 0) return;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const head = element.firstElementChild?.getBoundingClientRect().height ?? 0;
      const available = window.innerHeight - (element.getBoundingClientRect().top + window.scrollY) - head - rem;
      const lines = Math.max(2, Math.min(8, Math.floor((available / rows / rem - rowGapRem - cellRem) / themeLineRem)));
      const inner = (cell.clientWidth - parseFloat(getComputedStyle(cell).paddingLeft) * 2) / rem;
      const columns = Math.max(1, Math.floor((inner + columnGapRem) / (themeColumnRem + columnGapRem)));
      setThemes(lines * columns);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [rows]);
  return [grid, themes];
}

interface Props {
  view: BoardView;
  onGo: (place: BoardPlace) => void;
}

function Cell({ cell, place, limit, onGo }: { cell: OverviewCell; place: string; limit: number; onGo: Props['onGo'] }) {
  const shown = cell.themes.length > limit ? cell.themes.slice(0, limit - 1) : cell.themes;
  const more = cell.themes.length - shown.length;
  const themes = cell.themes.length === 1 ? '1 theme' : `${cell.themes.length} themes`;
  return (
    <div className="overview__cell" role="cell" data-lane={cell.lane}>
      <button type="button" className="overview__go" aria-label={`Go to ${place}: ${cell.cards} cards, ${themes}`} onClick={() => onGo({ kind: 'lane', headingId: cell.headingId, lane: cell.lane })}>
        <strong className="overview__count">{cell.cards}</strong> {cell.cards === 1 ? 'card' : 'cards'}
        <span className="overview__themes-count"> · {themes}</span>
        {cell.looseCards > 0 ? <span className="overview__loose"> · {cell.looseCards} not in a theme</span> : null}
      </button>
      <ul className="overview__list">
        {shown.map((theme) => (
          <li key={theme.id}>
            <button
              type="button"
              className="overview__theme"
              title={theme.title}
              onClick={() => onGo({ kind: 'theme', themeId: theme.id })}
            >
              <span className="overview__meter" data-level={theme.level} aria-hidden="true">
                <i />
                <i />
                <i />
              </span>
              {/* The name is what shows (the title, the count), then the rest for a screen reader (WCAG 2.5.3). */}
              <span className="overview__title">{theme.title}</span>
              <span className="overview__n">{theme.cards}</span>
              <span className="visually-hidden">
                {` ${theme.cards === 1 ? 'card' : 'cards'} in the theme, from ${theme.level === 3 ? '3 or more' : theme.level} ${theme.level === 1 ? 'activity' : 'activities'}${theme.singleSource ? ', single source' : ''}`}
              </span>
            </button>
          </li>
        ))}
        {more > 0 ? <li className="overview__more">+ {more} more {more === 1 ? 'theme' : 'themes'}</li> : null}
      </ul>
    </div>
  );
}

/**
 * Every heading × lane on one screen: how many cards each holds, its themes with their meters, and
 * the inbox. A count goes to that lane on the board, a theme to that theme. Memoised on the view:
 * a move elsewhere on the board recomputes only these counts.
 */
export const BoardOverview = memo(function BoardOverview({ view, onGo }: Props) {
  const overview = useMemo(() => boardOverview(view), [view]);
  const [grid, limit] = useThemesPerCell(overview.rows.length);
  return (
    <section className="overview" aria-label="Overview">
      <div ref={grid} className="overview__grid" role="table" aria-label="Headings and lanes">
        <div className="overview__row overview__row--head" role="row">
          <span role="columnheader" className="overview__corner">
            Heading
            <span className="overview__summary">
              {overview.cards} cards · {overview.inbox} in the inbox
            </span>
          </span>
          {laneIds.map((lane) => (
            <span key={lane} role="columnheader" className={lane === 'strengths' ? 'lane-tag lane-tag--strengths' : 'lane-tag lane-tag--next'}>
              {laneLabel(view.meta, lane)}
            </span>
          ))}
        </div>
        {overview.rows.map((row) => (
          <div key={row.headingId} className="overview__row" role="row">
            <div role="rowheader" className="overview__heading">
              <button type="button" className="overview__heading-go" onClick={() => onGo({ kind: 'heading', headingId: row.headingId })}>
                {row.title}
              </button>
              <span className="overview__heading-count">{row.cards} cards</span>
            </div>
            {laneIds.map((lane) => (
              <Cell key={lane} cell={row.cells[lane]} place={`${row.title} · ${laneLabel(view.meta, lane)}`} limit={limit} onGo={onGo} />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
});
