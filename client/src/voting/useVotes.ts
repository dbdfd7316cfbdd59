import { emptyVotesState, votesSessionKey, type VotesState } from '@washup/shared';
import { useSessionValue } from '../sync/useSessionValue';

/** The board's vote rounds as the relay published them (never anyone's ballot). */
export function useVotes(): VotesState {
  return useSessionValue<VotesState>(votesSessionKey) ?? emptyVotesState;
}
