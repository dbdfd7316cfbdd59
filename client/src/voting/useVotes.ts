import { emptyVotesState, votesSessionKey, type VotesState } from '@washup/shared';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/** The board's vote rounds as the relay published them (never anyone's ballot). */
export function useVotes(): VotesState {
  return useRelayDocValue<VotesState>(votesSessionKey) ?? emptyVotesState;
}
