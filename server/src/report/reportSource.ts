import {
  boardDocOf,
  buildReport,
  councilOutcomeSelection,
  councilSessionKey,
  pstbOutcomeSelection,
  pstbSessionKey,
  redactReport,
  votesSessionKey,
  type CouncilState,
  type OutcomeSelection,
  type PstbState,
  type Report,
  type VotesState,
} from '@washup/shared';
import type { SessionStore } from '../session/sessionStore';
import type { RoomRegistry } from '../sync/roomRegistry';

export interface ReportSourceDeps {
  rooms: RoomRegistry;
  session: SessionStore;
}

export interface ReportRequest {
  boardId: string;
  includeInterpretation: boolean;
  now: number;
}

/**
 * The board's report as it may leave the relay: built from the live board doc and the revealed
 * tallies in the session doc, then redacted with the board's own list. Redaction happens here,
 * before any renderer sees the text, so no export format can skip it.
 */
export async function exportableReport(deps: ReportSourceDeps, request: ReportRequest): Promise<Report> {
  const votes = await deps.session.read<VotesState>(request.boardId, votesSessionKey);
  const outcomes = await sessionOutcomes(deps, request.boardId);
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

/** The Council and PSTB sessions that reached the host's choice, earliest first; the others have no outcome yet. */
async function sessionOutcomes(deps: ReportSourceDeps, boardId: string): Promise<OutcomeSelection[]> {
  const council = await deps.session.read<CouncilState>(boardId, councilSessionKey);
  const pstb = await deps.session.read<PstbState>(boardId, pstbSessionKey);
  const chosen: Array<{ createdAt: number; selection: OutcomeSelection }> = [];
  if (council) chosen.push({ createdAt: council.createdAt, selection: councilOutcomeSelection(council) });
  if (pstb) chosen.push({ createdAt: pstb.createdAt, selection: pstbOutcomeSelection(pstb) });
  return chosen
    .filter((entry) => entry.selection.selectedIdeaIds.length > 0)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((entry) => entry.selection);
}
