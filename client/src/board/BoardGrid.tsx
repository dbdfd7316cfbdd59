import type { BoardView } from '@washup/shared/board';
import { laneLabel } from '../voting/laneLabel';
import { HeadingRow } from './HeadingRow';

/**
 * The headings as rows, each split into the template's two lanes. On a wide screen the lanes line
 * up in two columns under one header, a headings × lanes grid; on a phone each heading stacks.
 */
export function BoardGrid({ view }: { view: BoardView }) {
  if (view.headings.length === 0) {
    return <p className="empty-state">No headings yet. The Lead Reviewer adds them under “Headings and questions”.</p>;
  }
  return (
    <div className="board-grid">
      <div className="board-grid__lanes" aria-hidden="true">
        <span className="lane-tag lane-tag--strengths">{laneLabel(view.meta, 'strengths')}</span>
        <span className="lane-tag lane-tag--next">{laneLabel(view.meta, 'nextSteps')}</span>
      </div>
      {view.headings.map((entry) => (
        <HeadingRow key={entry.heading.id} entry={entry} meta={view.meta} />
      ))}
    </div>
  );
}
