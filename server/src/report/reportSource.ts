import { boardDocOf } from '@washup/shared/board';
import { councilEntry, hostPartnerEntry, pastSessionsEntry, pstbEntry, reportFlowEntry, votesEntry } from '@washup/shared/relayDoc';
import { redactedReport, type Report, type ReportChoices } from '@washup/shared/report';
import type { RelayDocStore } from '../relayDoc/relayDocStore';
import type { RoomRegistry } from '../sync/roomRegistry';

export interface ReportSourceDeps {
  rooms: RoomRegistry;
  relayDoc: RelayDocStore;
}

export interface ReportRequest extends ReportChoices {
  boardId: string;
  now: number;
}

/**
 * The board's report as it may leave the relay: the shared recipe over the live board doc and the
 * relay doc's values. It redacts before any renderer sees the text, so no export format can skip it.
 */
export async function exportableReport(deps: ReportSourceDeps, request: ReportRequest): Promise<Report> {
  const votes = await deps.relayDoc.read(request.boardId, votesEntry);
  const council = await deps.relayDoc.read(request.boardId, councilEntry);
  const pstb = await deps.relayDoc.read(request.boardId, pstbEntry);
  const pastSessions = await deps.relayDoc.read(request.boardId, pastSessionsEntry);
  const hostPartner = await deps.relayDoc.read(request.boardId, hostPartnerEntry);
  const comments = request.includeComments ? ((await deps.relayDoc.read(request.boardId, reportFlowEntry))?.comments ?? []) : [];
  return deps.rooms.withRoom({ boardId: request.boardId, kind: 'board' }, (room) =>
    redactedReport(boardDocOf(room.doc), {
      votes,
      council,
      pstb,
      pastSessions,
      hostPartner,
      now: request.now,
      includeInterpretation: request.includeInterpretation,
      includeFigures: request.includeFigures,
      evidenceAppendix: request.evidenceAppendix,
      comments,
    }),
  );
}
