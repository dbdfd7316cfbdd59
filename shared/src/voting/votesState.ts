import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import type { RevealedTally } from './tally';
import { voteRoundConfigSchema, type VoteRound } from './voteRound';

/** Where the relay doc keeps the board's vote rounds. */
export const votesSessionKey = 'votes';

/**
 * A round as everyone may see it: its frozen options and limits, how many people have voted, and
 * the tallies once revealed. Ballots themselves never appear here.
 */
export interface PublicVoteRound {
  round: VoteRound;
  voterCount: number;
  tally: RevealedTally | null;
}

export interface VotesState {
  rounds: PublicVoteRound[];
}

export const emptyVotesState: VotesState = { rounds: [] };

export const voteCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vote.open'), config: voteRoundConfigSchema }),
  z.object({ type: z.literal('vote.close'), roundId: recordIdSchema }),
  z.object({ type: z.literal('vote.reveal'), roundId: recordIdSchema }),
  z.object({ type: z.literal('vote.rerun'), roundId: recordIdSchema }),
]);
export type VoteCommand = z.infer<typeof voteCommandSchema>;
