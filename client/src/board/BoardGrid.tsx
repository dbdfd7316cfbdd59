import { searchResults, type BoardView } from '@washup/shared/board';
import { HeadingRow } from './HeadingRow';

/**
 * The headings as rows, each split into the template's two lanes (side by side on a wide screen,
 * stacked on a phone, each lane naming itself, so no bar over the board hides a heading's title).
 * While searching or filtering only the headings with a match are shown, so the matches come first.
 */
export function BoardGrid({ view, filtered }: { view: BoardView; filtered: boolean }) {
  if (view.headings.length === 0) {
    return <p className="empty-state">No headings yet. The Lead Reviewer adds them under “Headings and questions”.</p>;
  }
  const { headings, hidden } = filtered ? searchResults(view) : { headings: view.headings, hidden: 0 };
  return (
    <div className="board-grid">
      {filtered && headings.length === 0 ? <p className="empty-state">No card under a heading matches.</p> : null}
      {headings.map((entry) => (
        <HeadingRow key={entry.heading.id} entry={entry} meta={view.meta} filtered={filtered} />
      ))}
      {hidden > 0 ? <p className="board-grid__hidden">{hidden === 1 ? 'One heading has no match and is hidden.' : `${hidden} headings have no match and are hidden.`}</p> : null}
    </div>
  );
}
