import type { BoardMeta, HeadingView } from '@washup/shared/board';
import { laneLabel } from '../voting/laneLabel';
import { LaneColumn } from './LaneColumn';

/** The id of a heading's title, which the overview and a followed Lead Reviewer bring into view. */
export const headingTitleId = (headingId: string) => `heading-${headingId}`;

/** One prescribed heading: its title, then its two lanes side by side on a wide screen. */
export function HeadingRow({ entry, meta, filtered }: { entry: HeadingView; meta: BoardMeta | null; filtered: boolean }) {
  const { heading, lanes } = entry;
  const titleId = headingTitleId(heading.id);
  return (
    <section className="heading-row" aria-labelledby={titleId} data-panel={heading.panel || undefined}>
      <header className="heading-row__head">
        <h3 id={titleId} className="heading-row__title" tabIndex={-1}>
          {heading.title}
        </h3>
        {heading.description ? <p className="heading-row__description">{heading.description}</p> : null}
      </header>
      <div className="heading-row__lanes">
        {(['strengths', 'nextSteps'] as const).map((lane) => (
          <LaneColumn key={lane} headingId={heading.id} headingTitle={heading.title} lane={lane} title={laneLabel(meta, lane)} content={lanes[lane]} filtered={filtered} />
        ))}
      </div>
    </section>
  );
}
