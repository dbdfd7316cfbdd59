import { unreadableNotice, type BoardDoc } from '@washup/shared';
import { useBoardValue } from '../sync/useBoardValue';

const selectNotice = (board: BoardDoc): string | null => unreadableNotice(board.unreadable(), 'not shown');

/**
 * Says when the board holds records that fail their schema (kept from before the relay checked
 * writes): every view skips them, and this tells people something is missing rather than
 * leaving them to wonder.
 */
export function UnreadableNotice() {
  const notice = useBoardValue(selectNotice);
  if (!notice) return null;
  return (
    <p className="notice shell__notice" role="status">
      {notice}
    </p>
  );
}
