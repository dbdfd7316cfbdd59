import type { CouncilRequest, PstbRequest } from '@washup/shared';
import { apiRequest } from './request';

export type SessionRequest = CouncilRequest | PstbRequest;

export interface SessionChange {
  sessionId: string;
  phase: string;
}

/** Sends a Council or PSTB command; the relay applies it with its own clock and writes the relay doc. */
export function sendSessionCommand(boardId: string, token: string, body: SessionRequest): Promise<SessionChange | null> {
  return apiRequest<{ ok: boolean; result: SessionChange | null }>(`/api/boards/${encodeURIComponent(boardId)}/commands`, {
    method: 'POST',
    token,
    body,
  }).then((reply) => reply.result);
}
