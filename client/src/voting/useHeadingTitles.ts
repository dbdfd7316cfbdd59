import { useMemo } from 'react';
import { useHeadings } from '../sync/useHeadings';

/**
 * Heading titles by id, as the board names them now: a round froze its options' heading ids, and a
 * heading renamed since should read with its new name.
 */
export function useHeadingTitles(): ReadonlyMap<string, string> {
  const headings = useHeadings();
  return useMemo(() => new Map(headings.map((heading) => [heading.id, heading.title])), [headings]);
}
