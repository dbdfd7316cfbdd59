import { votesEntry } from '@washup/shared/relayDoc';
import { emptyVotesState, type VotesState } from '@washup/shared/voting';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/** The board's vote rounds as the relay published them (never anyone's ballot). */
export function useVotes(): VotesState {
  return useRelayDocValue(votesEntry) ?? emptyVotesState;
}
