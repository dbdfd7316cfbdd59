import type { BoardMeta } from '@washup/shared/board';
import { laneIds, type LaneId } from '@washup/shared/templates';
import type { LanePreview } from '@washup/shared/voting';
import { laneLabel } from './laneLabel';
import { plural } from './roundWording';

interface Props {
  preview: Partial<Record<LaneId, LanePreview>>;
  meta: BoardMeta | null;
  automatic: boolean;
}

/** Each ballot the round would open with, in numbers, so "about a third of the options" is never a guess. */
export function BudgetPreview({ preview, meta, automatic }: Props) {
  const lanes = laneIds.filter((lane) => preview[lane]);
  if (lanes.length === 0) return null;
  return (
    <ul className="budget-preview" aria-label="What each ballot will be" aria-live="polite">
      {lanes.map((lane) => {
        const spec = preview[lane];
        if (!spec) return null;
        return (
          <li key={lane} className="budget-preview__item" data-empty={spec.optionCount === 0 || undefined}>
            <strong>{laneLabel(meta, lane)}</strong>{' '}
            {spec.optionCount === 0
              ? 'has nothing to vote on yet: untick it, pick another heading or include loose cards.'
              : `${plural(spec.optionCount, 'option', 'options')}, ${plural(spec.budget, 'dot', 'dots')} each${automatic ? ' (about a third)' : ''}, at most ${spec.capPerOption} on one`}
          </li>
        );
      })}
    </ul>
  );
}
