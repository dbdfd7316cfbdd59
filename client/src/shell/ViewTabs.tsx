import type { MouseEvent } from 'react';
import { boardViews } from '../app/boardViews';
import { navigate } from '../app/navigate';
import { boardPath, type BoardViewId } from '../app/route';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** Links between the board's views; plain links, so they work by keyboard and open in new tabs. */
export function ViewTabs({ current }: { current: BoardViewId }) {
  const { boardId } = useBoardConnection();
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <nav className="view-tabs" aria-label="Board views">
      {boardViews.map((view) => {
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
