import { useCallback } from 'react';
import type { CommandBody, CommandResult } from '@washup/shared/api';
import { sendCommand } from '../api/commands';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useAction, type Action } from '../ui/useAction';

export interface CommandControl extends Action {
  /** `onAccepted` runs once the relay has applied and saved the command. */
  send: (body: CommandBody, onAccepted?: (result: CommandResult) => void) => void;
}

/**
 * One control's command at a time (a vote, Council or PSTB one), with the relay's refusal kept as
 * a sentence to show beside it.
 */
export function useCommand(): CommandControl {
  const { boardId, identity } = useBoardConnection();
  const action = useAction();
  const { run } = action;
  const send = useCallback(
    (body: CommandBody, onAccepted?: (result: CommandResult) => void) =>
      run(() => sendCommand(boardId, identity.token, body).then((result) => onAccepted?.(result))),
    [run, boardId, identity.token],
  );
  return { ...action, send };
}
