import type { LaneTally } from '@washup/shared/voting';
import { plural } from './roundWording';

interface Props {
  id: string;
  title: string;
  tally: LaneTally;
  /** Heading names under each option, for a round across the whole board. */
  headingOf?: (headingId: string) => string | undefined;
}

/**
 * One ballot's revealed counts, ranked, with bars scaled to the most-voted option: the same on every
 * screen because it is drawn from the published tally alone.
 */
export function LaneResults({ id, title, tally, headingOf }: Props) {
  const most = Math.max(1, ...tally.ranked.map((entry) => entry.votes));
  return (
    <section className="lane-results" aria-labelledby={id}>
      <h3 id={id} className="lane-results__title">
        {title}{' '}
        <span className="lane-results__meta">
          {plural(tally.voterCount, 'voter', 'voters')} · {plural(tally.totalVotes, 'dot', 'dots')}
        </span>
      </h3>
      <ol className="lane-results__list">
        {tally.ranked.map((entry) => {
          const heading = headingOf?.(entry.headingId);
          return (
            <li key={entry.optionId} className="lane-results__row" data-none={entry.votes === 0 || undefined}>
              <span className="lane-results__rank" aria-hidden="true">
                {entry.rank}
              </span>
              <span className="lane-results__label">
                <span className="visually-hidden">Rank {entry.rank}: </span>
                {entry.label}
                {heading || entry.kind === 'card' ? (
                  <span className="lane-results__context">
                    {[heading, entry.kind === 'card' ? 'loose card' : undefined].filter(Boolean).join(' · ')}
                  </span>
                ) : null}
              </span>
              <span className="lane-results__bar" aria-hidden="true">
                <span style={{ width: `${(entry.votes / most) * 100}%` }} />
              </span>
              <span className="lane-results__votes">
                {entry.votes}
                <span className="visually-hidden"> {entry.votes === 1 ? 'vote' : 'votes'}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
