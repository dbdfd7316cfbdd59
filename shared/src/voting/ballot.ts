import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { nameKey } from '../text/matchableText';
import { laneIdSchema } from '../templates/schema';

/**
 * Votes per option id, per lane. Counts are any finite number and option ids any short string here:
 * the ballot rules, not the schema, refuse fractions and unknown options, so the voter learns which
 * rule they broke instead of getting a generic parse error.
 */
export const laneAllocationsSchema = z.record(z.string().min(1).max(100), z.number());
export const ballotAllocationsSchema = z.partialRecord(laneIdSchema, laneAllocationsSchema);

/** A participant id, or a proxied person's `proxyVoterId`. */
export const voterIdSchema = z.string().min(1).max(100);

/**
 * A voter's whole ballot for a round; casting again replaces it. It lives in server storage only,
 * never in a doc, until the round is revealed, and then only as anonymous tallies.
 */
export const ballotSchema = z.object({
  roundId: recordIdSchema,
  voterId: voterIdSchema,
  voterName: z.string().trim().min(1).max(80),
  /** Cast by the facilitator for a named person in the room without a device. */
  proxied: z.boolean(),
  /** The facilitator's participant id, on proxied ballots only. */
  proxiedBy: z.string().min(1).max(64).optional(),
  allocations: ballotAllocationsSchema,
});

export type LaneAllocations = z.infer<typeof laneAllocationsSchema>;
export type BallotAllocations = z.infer<typeof ballotAllocationsSchema>;
export type Ballot = z.infer<typeof ballotSchema>;

/**
 * Who a name stands for when ballots are counted: "Sam Patel", " sam  PATEL", a fullwidth "Ｓａｍ
 * Ｐａｔｅｌ" or one with a zero-width space inside are one person, however many times they joined.
 */
export function voterPersonKey(name: string): string {
  return nameKey(name);
}

/**
 * A person voting by proxy has no participant id, so the name stands in for one. Derived, not
 * random, so the facilitator re-casting for "Sam" replaces Sam's ballot rather than adding a second;
 * the prefix can't clash with participant ids, which have no colon.
 */
export function proxyVoterId(name: string): string {
  return `proxy:${voterPersonKey(name)}`;
}
