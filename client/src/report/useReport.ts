import { useCallback, useMemo } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { councilEntry, hostPartnerEntry, pastSessionsEntry, pstbEntry, reportFlowEntry, votesEntry } from '@washup/shared/relayDoc';
import { memoisedRedactedReport, type Report, type ReportChoices } from '@washup/shared/report';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/**
 * The report as it will be exported: built from the board, the revealed votes and the host's
 * choices in every Council or PSTB session (earlier ones too), redacted with the board's list. The screen shows
 * exactly this, so printing it to PDF leaks no name either.
 */
export function useReport({ includeInterpretation, includeFigures, evidenceAppendix, includeComments }: ReportChoices): Report {
  const connection = useBoardConnection();
  const votes = useRelayDocValue(votesEntry);
  const council = useRelayDocValue(councilEntry);
  const pstb = useRelayDocValue(pstbEntry);
  const pastSessions = useRelayDocValue(pastSessionsEntry);
  const hostPartner = useRelayDocValue(hostPartnerEntry);
  const flow = useRelayDocValue(reportFlowEntry);
  const comments = includeComments ? flow?.comments : undefined;
  // A keystroke in the narrative reads and redacts only the narrative again, not every theme and its evidence.
  const build = useMemo(() => memoisedRedactedReport(), []);
  const select = useCallback(
    (board: BoardDoc) =>
      build(board, { votes, council, pstb, pastSessions, hostPartner, now: connection.serverNow(), includeInterpretation, includeFigures, evidenceAppendix, comments }),
    [build, connection, votes, council, pstb, pastSessions, hostPartner, includeInterpretation, includeFigures, evidenceAppendix, comments],
  );
  return useBoardValue(select);
}
