import type { APIRequestContext } from '@playwright/test';
import type { CommandBody, CommandReply, CommandResult, CreateBoardResponse, Invites, Participant } from '@washup/shared/api';

/** Direct calls to the relay's HTTP API, for setting the scene faster than through the UI. */

export async function createBoardByApi(request: APIRequestContext, title: string, templateId = 'qa-review'): Promise<CreateBoardResponse> {
  const response = await request.post('/api/boards', { data: { title, templateId } });
  if (response.status() !== 201) throw new Error(`creating a board failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as CreateBoardResponse;
}

export async function rotateInvites(request: APIRequestContext, board: CreateBoardResponse): Promise<Invites> {
  const response = await request.post(`/api/boards/${board.id}/invites/rotate`, {
    headers: { authorization: `Bearer ${board.invites.facilitator.token}` },
    data: {},
  });
  if (!response.ok()) throw new Error(`rotating invites failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { invites: Invites }).invites;
}

export async function participants(request: APIRequestContext, boardId: string, facilitatorToken: string): Promise<Participant[]> {
  const response = await request.get(`/api/boards/${boardId}/participants`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
  if (!response.ok()) throw new Error(`listing participants failed: ${response.status()}`);
  return ((await response.json()) as { participants: Participant[] }).participants;
}

export async function removeParticipant(request: APIRequestContext, boardId: string, participantId: string, facilitatorToken: string): Promise<void> {
  const response = await request.delete(`/api/boards/${boardId}/participants/${participantId}`, {
    headers: { authorization: `Bearer ${facilitatorToken}` },
  });
  if (response.status() !== 200) throw new Error(`removing a participant failed: ${response.status()}`);
}

export async function deleteBoard(request: APIRequestContext, boardId: string, facilitatorToken: string): Promise<void> {
  const response = await request.delete(`/api/boards/${boardId}`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
  if (response.status() !== 204) throw new Error(`deleting the board failed: ${response.status()}`);
}

/** The host, joined by name as `hostName`, records their agreement with a theme through the relay, as their Report tab does. */
export async function hostAgreesByApi(request: APIRequestContext, board: CreateBoardResponse, hostName: string, themeId: string, state: 'tested' | 'agreed'): Promise<void> {
  const joined = await request.post(`/api/boards/${board.id}/join`, { headers: { authorization: `Bearer ${board.invites.host.token}` }, data: { name: hostName } });
  if (joined.status() !== 201) throw new Error(`joining as the host failed: ${joined.status()} ${await joined.text()}`);
  const { token } = (await joined.json()) as { token: string };
  await commandByApi(request, board.id, token, { type: 'host.agreeTheme', themeId, state });
}

/** A command to the relay (`POST /commands`) as the device holding `token` sends it; throws with the relay's reason unless it is accepted. */
export async function commandByApi(request: APIRequestContext, boardId: string, token: string, body: CommandBody): Promise<CommandResult> {
  const response = await request.post(`/api/boards/${boardId}/commands`, { headers: { authorization: `Bearer ${token}` }, data: body });
  if (response.status() !== 200) throw new Error(`${body.type} was refused: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as CommandReply).result;
}

/** The session a `council.start` or `pstb.start` command opened, from its result. */
export function startedSessionId(result: CommandResult): string {
  if (!result || !('sessionId' in result)) throw new Error('the start command answered without a session');
  return result.sessionId;
}
