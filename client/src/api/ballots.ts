import { castBallotResponseSchema, ownBallotResponseSchema, type CastBallotResponse, type OwnBallotResponse } from '@washup/shared/api';
import type { BallotAllocations, BallotSubmission } from '@washup/shared/voting';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

/** Casts (or re-casts) a whole ballot; `onBehalfOf` is the facilitator voting for someone in the room. */
export function castBallot(
  boardId: string,
  token: string,
  roundId: string,
  allocations: BallotAllocations,
  onBehalfOf?: string,
): Promise<CastBallotResponse> {
  const body: BallotSubmission = { roundId, allocations, ...(onBehalfOf ? { onBehalfOf: { name: onBehalfOf } } : {}) };
  return apiRequest(`${boardPath(boardId)}/ballots`, castBallotResponseSchema, { method: 'POST', token, body });
}

/** This person's own ballot for a round (and the proxies they cast): nobody else's. */
export function fetchOwnBallot(boardId: string, token: string, roundId: string): Promise<OwnBallotResponse> {
  return apiRequest(`${boardPath(boardId)}/ballots/${encodeURIComponent(roundId)}`, ownBallotResponseSchema, { token });
}
