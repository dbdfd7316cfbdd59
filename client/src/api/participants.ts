import {
  participantsResponseSchema,
  removeParticipantResponseSchema,
  rotateInvitesResponseSchema,
  type Invites,
  type Participant,
  type RemoveParticipantResponse,
} from '@washup/shared/api';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

export async function listParticipants(boardId: string, token: string): Promise<Participant[]> {
  const { participants } = await apiRequest(`${boardPath(boardId)}/participants`, participantsResponseSchema, { token });
  return participants;
}

/**
 * Removes someone: their token stops working and their open sockets close at once, and their
 * role's invite link is replaced by the one returned.
 */
export function removeParticipant(boardId: string, participantId: string, token: string): Promise<RemoveParticipantResponse> {
  return apiRequest(`${boardPath(boardId)}/participants/${encodeURIComponent(participantId)}`, removeParticipantResponseSchema, { method: 'DELETE', token });
}

/** New invite links for every role; the old ones stop working. */
export async function replaceInvites(boardId: string, token: string): Promise<Invites> {
  const { invites } = await apiRequest(`${boardPath(boardId)}/invites/rotate`, rotateInvitesResponseSchema, { method: 'POST', token, body: {} });
  return invites;
}
