import type { SessionOutcome, SessionRefusal } from './outcome';
import { accepted } from './verdicts';

/**
 * Adds an id at the end of an ordered list (the order is the chooser's) or takes it out, refusing
 * a change that would change nothing, so a repeated click is reported rather than ignored.
 */
export function toggleId(
  ids: readonly string[],
  id: string,
  add: boolean,
  refusals: { present: SessionRefusal; absent: SessionRefusal },
): SessionOutcome<string[]> {
  const has = ids.includes(id);
  if (add) return has ? refusals.present : accepted([...ids, id]);
  return has ? accepted(ids.filter((other) => other !== id)) : refusals.absent;
}

/**
 * The records named by `ids`, in the order of `ids` (a chooser's order), skipping ids that no
 * longer resolve: an idea deleted by a peer is not an error on every screen that lists choices.
 */
export function inIdOrder<T extends { id: string }>(records: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
