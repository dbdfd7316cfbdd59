import { useCallback, useState } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { useBoardConnection } from './BoardConnectionContext';
import { applyBoardWrite } from './boardWrite';

export interface BoardWrite {
  /** Applies one operation to this board; false when it was refused, with the reason in `error`. */
  write: (operation: (board: BoardDoc) => void) => boolean;
  /** Why the last write was refused, as a sentence for an ErrorAlert; null once one succeeds. */
  error: string | null;
  /** Shows a refusal the form found itself (a required field left empty) in the same place. */
  refuse: (message: string) => void;
}

/**
 * A view's writes to the board doc. A refused write shows its reason (the form's `refusal`, when
 * given, for a record the schema refuses) and the form keeps what was typed.
 */
export function useBoardWrite(refusal?: string): BoardWrite {
  const { board } = useBoardConnection();
  const [error, setError] = useState<string | null>(null);
  const write = useCallback(
    (operation: (board: BoardDoc) => void) => {
      const refused = applyBoardWrite(() => operation(board), refusal);
      setError(refused);
      return refused === null;
    },
    [board, refusal],
  );
  return { write, error, refuse: setError };
}
