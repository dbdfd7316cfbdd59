import { useCallback } from 'react';
import {
  buildReport,
  councilSessionKey,
  pstbSessionKey,
  redactReport,
  sessionOutcomes,
  votesSessionKey,
  type BoardDoc,
  type CouncilState,
  type PstbState,
  type Report,
  type VotesState,
} from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/**
 * The report as it will be exported: built from the board, the revealed votes and the host's
 * choices in the Council or PSTB session, redacted with the board's list. The screen shows
 * exactly this, so printing it to PDF leaks no name either.
 */
export function useReport(includeInterpretation: boolean): Report {
  const connection = useBoardConnection();
  const votes = useRelayDocValue<VotesState>(votesSessionKey);
  const council = useRelayDocValue<CouncilState>(councilSessionKey);
  const pstb = useRelayDocValue<PstbState>(pstbSessionKey);
  const select = useCallback(
    (board: BoardDoc) => {
      const now = connection.serverNow();
      return redactReport(
        buildReport(board, {
          generatedAt: now,
          votes,
          includeInterpretation,
          outcomes: sessionOutcomes(council, pstb, now),
        }),
        board.list('redactions'),
      );
    },
    [connection, votes, council, pstb, includeInterpretation],
  );
  return useBoardValue(select);
}
