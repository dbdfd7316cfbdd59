import type { BoardMeta, Heading } from '@washup/shared/board';
import type { VoteRound } from '@washup/shared/voting';
import { laneLabel } from './laneLabel';

/** "Whole board · Strengths and Next steps": what a round is about, in the template's own words. */
export function roundSummary(round: VoteRound, headings: readonly Heading[], meta: BoardMeta | null): string {
  const { scope, lanes } = round.config;
  const where = scope.kind === 'board' ? 'Whole board' : (headings.find((heading) => heading.id === scope.headingId)?.title ?? 'One heading');
  return `${where} · ${lanes.map((lane) => laneLabel(meta, lane)).join(' and ')}`;
}

export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** A clock time in the viewer's own format, for the history list. */
export const clockTime = (ms: number): string => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
