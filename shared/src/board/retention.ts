import { z } from 'zod';

const dayMs = 86_400_000;

/** The periods the Lead Reviewer is offered, in days after the board's last change. */
export const retentionDayChoices = [30, 90, 180, 365] as const;

/** The widest dates a board can be set to be deleted on: 2000-01-01 to 2100-01-01 (a date already past deletes it at once). */
export const earliestPurgeAt = Date.UTC(2000, 0, 1);
export const latestPurgeAt = Date.UTC(2100, 0, 1);

/**
 * How long the relay keeps a board before it deletes it for good: a number of days after its last
 * change (anyone's change to any of its documents), or on a fixed date. A board without one is kept
 * until the Lead Reviewer deletes it.
 */
export const retentionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('afterActivity'), days: z.number().int().min(1).max(3650) }),
  z.strictObject({ kind: z.literal('onDate'), purgeAt: z.number().int().min(earliestPurgeAt).max(latestPurgeAt) }),
]);
export type Retention = z.infer<typeof retentionSchema>;

/** When a board with this retention is due to be deleted, given its last change; null when it is kept. */
export function purgeDateOf(retention: Retention | null, lastActivityAt: number): number | null {
  if (!retention) return null;
  return retention.kind === 'onDate' ? retention.purgeAt : lastActivityAt + retention.days * dayMs;
}
