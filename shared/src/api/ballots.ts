import { z } from 'zod';
import { laneIdSchema } from '../templates/schema';
import { ballotSchema } from '../voting/ballot';

/** Votes left per lane of the round, for the voter's own screen. */
export const remainingVotesSchema = z.partialRecord(laneIdSchema, z.number());

/** The answer to `POST /api/boards/:id/ballots`: the ballot as stored, and how many have voted. */
export const castBallotResponseSchema = z.object({
  ballot: ballotSchema,
  remaining: remainingVotesSchema,
  voterCount: z.number(),
});
export type CastBallotResponse = z.infer<typeof castBallotResponseSchema>;

/** The answer to `GET /api/boards/:id/ballots/:roundId`: the caller's own ballot and the proxies they cast, nobody else's. */
export const ownBallotResponseSchema = z.object({
  ballot: ballotSchema.nullable(),
  remaining: remainingVotesSchema,
  proxies: z.array(ballotSchema),
});
export type OwnBallotResponse = z.infer<typeof ownBallotResponseSchema>;
