import {
  boardDocOf,
  buildReport,
  councilSessionKey,
  pstbSessionKey,
  redactReport,
  sessionOutcomes,
  votesSessionKey,
  type CouncilState,
  type PstbState,
  type Report,
  type VotesState,
} from '@washup/shared';
import type { RelayDocStore } from '../relayDoc/relayDocStore';
import type { RoomRegistry } from '../sync/roomRegistry';

export interface ReportSourceDeps {
  rooms: RoomRegistry;
  relayDoc: RelayDocStore;
}

export interface ReportRequest {
  boardId: string;
  includeInterpretation: boolean;
  now: number;
}

/**
 * The board's report as it may leave the relay: built from the live board doc and the revealed
 * tallies in the relay doc, then redacted with the board's own list. Redaction happens here,
 * before any renderer sees the text, so no export format can skip it.
 */
export async function exportableReport(deps: ReportSourceDeps, request: ReportRequest): Promise<Report> {
  const votes = await deps.relayDoc.read<VotesState>(request.boardId, votesSessionKey);
  const outcomes = sessionOutcomes(
    await deps.relayDoc.read<CouncilState>(request.boardId, councilSessionKey),
    await deps.relayDoc.read<PstbState>(request.boardId, pstbSessionKey),
    request.now,
  );
  return deps.rooms.withRoom({ boardId: request.boardId, kind: 'board' }, (room) => {
    const board = boardDocOf(room.doc);
    const report = buildReport(board, {
      generatedAt: request.now,
      votes,
      includeInterpretation: request.includeInterpretation,
      outcomes,
    });
    return redactReport(report, board.list('redactions'));
  });
}

