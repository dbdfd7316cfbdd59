import type { Estimate } from '../board/records';
import type { ReportEstimate } from './reportModel';

/** A heading's estimate as the report holds it; null when the heading has no scale to be estimated on. */
export function reportEstimate(scale: readonly string[], stored: Estimate | undefined): ReportEstimate | null {
  if (scale.length === 0) return null;
  const point = stored?.point ?? null;
  return { scale: [...scale], point, onScale: point === null || scale.includes(point) };
}

/** How every output words an estimate: the point, "Not yet estimated", or what is wrong with a stored point. */
export function estimateLabel(estimate: ReportEstimate): string {
  if (estimate.point === null) return 'Not yet estimated';
  if (!estimate.onScale) return `Unreadable: “${estimate.point}” is not on this review’s scale (${estimate.scale.join(', ')})`;
  return estimate.point;
}
