import { useSyncExternalStore } from 'react';
import { unreadableNotice, type BoardDoc } from '@washup/shared/board';
import { unreadableRelayDocNotice } from '@washup/shared/relayDoc';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';

const selectNotice = (board: BoardDoc): string | null => unreadableNotice(board.unreadable(), 'not shown');

/**
 * Says when the board holds records that fail their schema (kept from before the relay checked
 * writes), or the relay doc holds a value this version cannot read (written by a newer relay):
 * every view skips them, and this tells people something is missing rather than leaving them to
 * wonder.
 */
export function UnreadableNotice() {
  const connection = useBoardConnection();
  const boardNotice = useBoardValue(selectNotice);
  const relayDocNotice = useSyncExternalStore(connection.relayDocVersion.subscribe, () => unreadableRelayDocNotice(connection.relayDoc));
  const notices = [boardNotice, relayDocNotice].filter((notice): notice is string => notice !== null);
  if (notices.length === 0) return null;
  return (
    <p className="notice shell__notice" role="status">
      {notices.join(' ')}
    </p>
  );
}
