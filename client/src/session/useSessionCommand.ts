import { useCallback } from 'react';
import { sendSessionCommand, type SessionChange, type SessionRequest } from '../api/sessions';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useAction, type Action } from '../ui/useAction';

export interface SessionCommand extends Action {
  /** `onAccepted` runs once the relay has applied and saved the command. */
  send: (body: SessionRequest, onAccepted?: (change: SessionChange | null) => void) => void;
}

/** One control's command at a time, with the relay's refusal kept as a sentence to show beside it. */
export function useSessionCommand(): SessionCommand {
  const { boardId, identity } = useBoardConnection();
  const action = useAction();
  const { run } = action;
  const send = useCallback(
    (body: SessionRequest, onAccepted?: (change: SessionChange | null) => void) =>
      run(() => sendSessionCommand(boardId, identity.token, body).then((change) => onAccepted?.(change))),
    [run, boardId, identity.token],
  );
  return { ...action, send };
}
