import { useEffect, useRef, type MouseEvent } from 'react';
import { navigate } from '../routing/navigate';
import { boardPath, type BoardViewId } from '../routing/route';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** One tab: a view's route id and its label. */
export interface ViewTab {
  id: BoardViewId;
  label: string;
}

/** Links between the board's views; plain links, so they work by keyboard and open in new tabs. */
export function ViewTabs({ tabs, current }: { tabs: readonly ViewTab[]; current: BoardViewId }) {
  const { boardId } = useBoardConnection();
  const bar = useRef<HTMLElement>(null);
  // On a phone the bar scrolls sideways: keep the current tab in sight, centred where it can be.
  useEffect(() => {
    const tab = bar.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (bar.current && tab) bar.current.scrollLeft = Math.max(0, tab.offsetLeft - (bar.current.clientWidth - tab.offsetWidth) / 2);
  }, [current]);
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <nav className="view-tabs" aria-label="Board views" ref={bar}>
      {tabs.map((view) => {
        const href = boardPath(boardId, view.id);
        return (
          <a
            key={view.id}
            href={href}
            className="view-tabs__tab"
            aria-current={view.id === current ? 'page' : undefined}
            onClick={(event) => follow(event, href)}
          >
            {view.label}
          </a>
        );
      })}
    </nav>
  );
}
