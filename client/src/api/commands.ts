import { commandReplySchema, type CommandBody, type CommandResult } from '@washup/shared/api';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

/**
 * Sends a command (a vote, Council or PSTB one); the relay applies it with its own clock
 * and writes the relay doc. Resolves with what it changed.
 */
export async function sendCommand(boardId: string, token: string, body: CommandBody): Promise<CommandResult> {
  const { result } = await apiRequest(`${boardPath(boardId)}/commands`, commandReplySchema, { method: 'POST', token, body });
  return result;
}
