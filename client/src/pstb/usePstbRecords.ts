import type { Action, BoardDoc, Idea, IdeaNote } from '@washup/shared/board';
import { sessionActions, sessionIdeaNotes, sessionIdeas } from '@washup/shared/session';
import { useCallback } from 'react';
import { useBoardValue } from '../sync/useBoardValue';

export interface PstbRecords {
  ideas: Idea[];
  notes: IdeaNote[];
  actions: Action[];
}

/** What the session wrote to the board doc: the team's words, which sync and save like the rest of the board. */
export function usePstbRecords(sessionId: string): PstbRecords {
  return useBoardValue(
    useCallback(
      (board: BoardDoc): PstbRecords => ({
        ideas: sessionIdeas(board, sessionId),
        notes: sessionIdeaNotes(board, sessionId),
        actions: sessionActions(board, sessionId),
      }),
      [sessionId],
    ),
  );
}
