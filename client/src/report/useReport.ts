import { useCallback } from 'react';
import { buildReport, redactReport, votesSessionKey, type BoardDoc, type Report, type VotesState } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useSessionValue } from '../sync/useSessionValue';

/**
 * The report as it will be exported: built from the board and the revealed votes, redacted with
 * the board's list. The screen shows exactly this, so printing it to PDF leaks no name either.
 */
export function useReport(includeInterpretation: boolean): Report {
  const connection = useBoardConnection();
  const votes = useSessionValue<VotesState>(votesSessionKey);
  const select = useCallback(
    (board: BoardDoc) =>
      redactReport(buildReport(board, { generatedAt: connection.serverNow(), votes, includeInterpretation }), board.list('redactions')),
    [connection, votes, includeInterpretation],
  );
  return useBoardValue(select);
}
