import { useCallback, useState } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { useBoardConnection } from './BoardConnectionContext';
import { applyBoardWrite } from './boardWrite';

export interface BoardWrite {
  /** Applies one operation to this board, as one step this person can undo (`label` says what it did); false when it was refused, with the reason in `error`. */
  write: (operation: (board: BoardDoc) => void, label?: string) => boolean;
  /** The same for an operation that also reads or writes this participant's private doc (reviewer learning). */
  writeWithPrivate: (operation: (board: BoardDoc, privateDoc: BoardDoc) => void) => boolean;
  /** Why the last write was refused, as a sentence for an ErrorAlert; null once one succeeds. */
  error: string | null;
  /** Shows a refusal the form found itself (a required field left empty) in the same place. */
  refuse: (message: string) => void;
}

/** Said to a role without a private doc (hosts and observers never see the forms that could ask). */
export const noPrivateDoc = 'Your role on this board does not keep reviewer learning.';

/**
 * A view's writes to the board doc, and to this participant's private doc. A refused write shows its reason (the form's `refusal`, when
 * given, for a record the schema refuses) and the form keeps what was typed.
 */
export function useBoardWrite(refusal?: string): BoardWrite {
  const { board, privateDoc, undoHistory } = useBoardConnection();
  const [error, setError] = useState<string | null>(null);
  const write = useCallback(
    (operation: (board: BoardDoc) => void, label?: string) => {
      const refused = applyBoardWrite(() => undoHistory.record(() => operation(board), label), refusal);
      setError(refused);
      return refused === null;
    },
    [board, undoHistory, refusal],
  );
  const writeWithPrivate = useCallback(
    (operation: (board: BoardDoc, privateDoc: BoardDoc) => void) => {
      const refused = privateDoc ? applyBoardWrite(() => undoHistory.recordUnlessPrivate(privateDoc, () => operation(board, privateDoc)), refusal) : noPrivateDoc;
      setError(refused);
      return refused === null;
    },
    [board, undoHistory, privateDoc, refusal],
  );
  return { write, writeWithPrivate, error, refuse: setError };
}
