import { retentionResponseSchema, type RetentionResponse } from '@washup/shared/api';
import type { Retention } from '@washup/shared/board';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

/** How long the board is kept, its last change, and when the relay is due to delete it (any role). */
export function getRetention(boardId: string, token: string): Promise<RetentionResponse> {
  return apiRequest(`${boardPath(boardId)}/retention`, retentionResponseSchema, { token });
}

/** Sets how long the board is kept; null keeps it until it is deleted by hand (the Lead Reviewer's token only). */
export function setRetention(boardId: string, token: string, retention: Retention | null): Promise<RetentionResponse> {
  return apiRequest(`${boardPath(boardId)}/retention`, retentionResponseSchema, { method: 'PUT', token, body: { retention } });
}
