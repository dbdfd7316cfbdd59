import { countedBallots, type Ballot } from '@washup/shared/voting';
import type { Storage } from '../storage/storage';

/** The ballots of a round that count (one per person, none from people removed), read from storage. */
export async function ballotsThatCount(storage: Storage, boardId: string, roundId: string): Promise<Ballot[]> {
  const [stored, members] = await Promise.all([storage.listBallots(boardId, roundId), storage.listParticipants(boardId)]);
  return countedBallots(stored.map((entry) => ({ ballot: entry.ballot as Ballot, castAt: entry.castAt })), members);
}
