import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { revealedTallySchema } from './tally';
import { voteRoundConfigSchema, voteRoundSchema } from './voteRound';

/**
 * A round as everyone may see it: its frozen options and limits, how many people have voted, and
 * the tallies once revealed. Ballots themselves never appear here.
 */
export const publicVoteRoundSchema = z.object({
  round: voteRoundSchema,
  voterCount: z.number().int().nonnegative(),
  tally: revealedTallySchema.nullable(),
});

export const votesStateSchema = z.object({ rounds: z.array(publicVoteRoundSchema) });

export type PublicVoteRound = z.infer<typeof publicVoteRoundSchema>;
export type VotesState = z.infer<typeof votesStateSchema>;

export const emptyVotesState: VotesState = { rounds: [] };

export const voteCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vote.open'), config: voteRoundConfigSchema }),
  z.object({ type: z.literal('vote.close'), roundId: recordIdSchema }),
  z.object({ type: z.literal('vote.reveal'), roundId: recordIdSchema }),
  z.object({ type: z.literal('vote.rerun'), roundId: recordIdSchema }),
]);
export type VoteCommand = z.infer<typeof voteCommandSchema>;
