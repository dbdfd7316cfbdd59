import { boardSummarySchema, createBoardResponseSchema, joinResponseSchema, type BoardSummary, type CreateBoardBody, type CreateBoardResponse, type JoinResponse } from '@washup/shared/api';
import { apiRequest } from './request';

export function createBoard(body: CreateBoardBody): Promise<CreateBoardResponse> {
  return apiRequest('/api/boards', createBoardResponseSchema, { method: 'POST', body });
}

/** Exchanges an invite token and a display name for this person's own participant token. */
export function joinBoard(boardId: string, inviteToken: string, name: string): Promise<JoinResponse> {
  return apiRequest(`/api/boards/${encodeURIComponent(boardId)}/join`, joinResponseSchema, {
    method: 'POST',
    token: inviteToken,
    body: { name },
  });
}

/** The board's title and counts; also tells whether a token is (still) accepted. */
export function getBoardSummary(boardId: string, token: string, signal?: AbortSignal): Promise<BoardSummary> {
  return apiRequest(`/api/boards/${encodeURIComponent(boardId)}`, boardSummarySchema, { token, signal });
}

/** A 204 answer: no body to check, so only its absence is accepted. */
const noContent = {
  safeParse: (data: unknown): { success: true; data: null } | { success: false } => (data === null ? { success: true, data: null } : { success: false }),
};

/** Deletes the board for everyone, at once (the Lead Reviewer's token only). */
export async function deleteBoard(boardId: string, token: string): Promise<void> {
  await apiRequest(`/api/boards/${encodeURIComponent(boardId)}`, noContent, { method: 'DELETE', token });
}
