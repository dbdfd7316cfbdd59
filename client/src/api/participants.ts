import type { Invites, Participant, RemoveParticipantResponse } from '@washup/shared';
import { apiRequest } from './request';

const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export async function listParticipants(boardId: string, token: string): Promise<Participant[]> {
  const { participants } = await apiRequest<{ participants: Participant[] }>(`${boardPath(boardId)}/participants`, { token });
  return participants;
}

/**
 * Removes someone: their token stops working and their open sockets close at once, and their
 * role's invite link is replaced by the one returned.
 */
export function removeParticipant(boardId: string, participantId: string, token: string): Promise<RemoveParticipantResponse> {
  return apiRequest<RemoveParticipantResponse>(`${boardPath(boardId)}/participants/${encodeURIComponent(participantId)}`, { method: 'DELETE', token });
}

/** New invite links for every role; the old ones stop working. */
export async function replaceInvites(boardId: string, token: string): Promise<Invites> {
  const { invites } = await apiRequest<{ invites: Invites }>(`${boardPath(boardId)}/invites/rotate`, { method: 'POST', token, body: {} });
  return invites;
}
