import type { Ballot, BallotAllocations, LaneId, VoteRoundConfigInput } from '@washup/shared';
import { apiRequest } from './request';

const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export type VoteCommandBody =
  | { type: 'vote.open'; config: VoteRoundConfigInput }
  | { type: 'vote.close' | 'vote.reveal' | 'vote.rerun'; roundId: string };

/** Runs a facilitator's vote command; the relay writes the result into the relay doc. */
export async function sendVoteCommand(boardId: string, token: string, body: VoteCommandBody): Promise<void> {
  await apiRequest(`${boardPath(boardId)}/commands`, { method: 'POST', token, body });
}

export interface CastResult {
  ballot: Ballot;
  remaining: Partial<Record<LaneId, number>>;
  voterCount: number;
}

/** Casts (or re-casts) a whole ballot; `onBehalfOf` is the facilitator voting for someone in the room. */
export function castBallot(
  boardId: string,
  token: string,
  roundId: string,
  allocations: BallotAllocations,
  onBehalfOf?: string,
): Promise<CastResult> {
  return apiRequest<CastResult>(`${boardPath(boardId)}/ballots`, {
    method: 'POST',
    token,
    body: { roundId, allocations, ...(onBehalfOf ? { onBehalfOf: { name: onBehalfOf } } : {}) },
  });
}

export interface OwnBallot {
  ballot: Ballot | null;
  remaining: Partial<Record<LaneId, number>>;
  proxies: Ballot[];
}

/** This person's own ballot for a round (and the proxies they cast): nobody else's. */
export function fetchOwnBallot(boardId: string, token: string, roundId: string): Promise<OwnBallot> {
  return apiRequest<OwnBallot>(`${boardPath(boardId)}/ballots/${encodeURIComponent(roundId)}`, { token });
}
