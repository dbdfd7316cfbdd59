import { sessionActions, sessionIdeaNotes, sessionIdeas, type Action, type BoardDoc, type Idea, type IdeaNote } from '@washup/shared';
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
