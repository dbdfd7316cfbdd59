import type { BoardSummary, CreateBoardBody, CreateBoardResponse, JoinResponse } from '@washup/shared';
import { apiRequest } from './request';

export function createBoard(body: CreateBoardBody): Promise<CreateBoardResponse> {
  return apiRequest<CreateBoardResponse>('/api/boards', { method: 'POST', body });
}

/** Exchanges an invite token and a display name for this person's own participant token. */
export function joinBoard(boardId: string, inviteToken: string, name: string): Promise<JoinResponse> {
  return apiRequest<JoinResponse>(`/api/boards/${encodeURIComponent(boardId)}/join`, {
    method: 'POST',
    token: inviteToken,
    body: { name },
  });
}

/** The board's title and counts; also tells whether a token is (still) accepted. */
export function getBoardSummary(boardId: string, token: string, signal?: AbortSignal): Promise<BoardSummary> {
  return apiRequest<BoardSummary>(`/api/boards/${encodeURIComponent(boardId)}`, { token, signal });
}
