import type { LaneId } from '@washup/shared/templates';
import { canAddDot, dotsOn, optionsByHeading, remainingVotes, type BallotAllocations, type VoteRound } from '@washup/shared/voting';
import { useBoardMeta } from '../sync/useBoardMeta';
import { DotCounter } from './DotCounter';
import { laneLabel } from './laneLabel';
import { plural } from './roundWording';
import { useHeadingTitles } from './useHeadingTitles';

interface Props {
  round: VoteRound;
  lane: LaneId;
  draft: BallotAllocations;
  /** Distinguishes the ids of the Lead Reviewer's own ballot from a proxy ballot on the same page. */
  idPrefix: string;
  disabled: boolean;
  onChange: (optionId: string, count: number) => void;
}

/** One ballot of a round (strengths or next steps): its budget, its cap, and its options under their headings. */
export function BallotLane({ round, lane, draft, idPrefix, disabled, onChange }: Props) {
  const meta = useBoardMeta();
  const headingTitles = useHeadingTitles();
  const spec = round.lanes[lane];
  if (!spec) return null;
  const left = remainingVotes(round, { allocations: draft })[lane] ?? 0;
  const titleId = `${idPrefix}-${lane}`;
  // A round on one heading names it once in its summary; repeating it over every option is noise.
  const showHeadings = round.config.scope.kind === 'board';
  return (
    <section className="ballot-lane" aria-labelledby={titleId}>
      <header className="ballot-lane__head">
        <h3 id={titleId} className="ballot-lane__title">
          {laneLabel(meta, lane)}
        </h3>
        <p className="ballot-lane__budget">
          <span className="ballot-lane__left" data-empty={left === 0 || undefined}>
            {left} of {plural(spec.budget, 'dot', 'dots')} left
          </span>
          <span className="ballot-lane__cap">at most {spec.capPerOption} on one</span>
        </p>
      </header>
      {optionsByHeading(spec.options).map((group) => (
        <div key={group.headingId} className="ballot-lane__group">
          {showHeadings ? <h4 className="ballot-lane__heading">{headingTitles.get(group.headingId) ?? 'Heading removed since'}</h4> : null}
          <ul className="ballot-lane__options">
            {group.options.map((option) => {
              const count = dotsOn(draft, lane, option.id);
              return (
                <li key={option.id} className="ballot-option" data-voted={count > 0 || undefined}>
                  <span className="ballot-option__label">
                    {option.label}
                    {option.kind === 'card' ? <span className="ballot-option__kind">loose card</span> : null}
                  </span>
                  <DotCounter
                    label={option.label}
                    count={count}
                    cap={spec.capPerOption}
                    canAdd={canAddDot(round, draft, lane, option.id)}
                    disabled={disabled}
                    onChange={(next) => onChange(option.id, next)}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
