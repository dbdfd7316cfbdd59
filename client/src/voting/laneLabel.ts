import type { BoardMeta } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';

/** The template's own name for a lane ("What went well", "Even better if", ...). */
export function laneLabel(meta: BoardMeta | null, lane: LaneId): string {
  if (meta) return meta.lanes[lane];
  return lane === 'strengths' ? 'Strengths' : 'Next steps';
}
