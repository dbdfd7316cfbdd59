import { useEffect, useState } from 'react';
import type { BoardSummary } from '@washup/shared/api';
import { getBoardSummary } from '../api/boards';
import type { ApiRequestError } from '../api/ApiRequestError';
import { isRefusal } from './refusalCopy';

export type InviteCheck =
  | { state: 'checking' }
  | { state: 'valid'; board: BoardSummary }
  | { state: 'refused'; error: ApiRequestError }
  /** The relay could not be asked (offline): joining may still work later. */
  | { state: 'unknown' };

/** Asks the relay whether an invite works before asking for a name, and learns the board's title. */
export function useInviteCheck(boardId: string, invite: string): InviteCheck {
  const [check, setCheck] = useState<InviteCheck>({ state: 'checking' });
  useEffect(() => {
    const controller = new AbortController();
    setCheck({ state: 'checking' });
    getBoardSummary(boardId, invite, controller.signal).then(
      (board) => setCheck({ state: 'valid', board }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setCheck(isRefusal(error) ? { state: 'refused', error } : { state: 'unknown' });
      },
    );
    return () => controller.abort();
  }, [boardId, invite]);
  return check;
}
