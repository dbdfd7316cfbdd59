import {
  restoreBoardResponseSchema,
  restorePointPreviewSchema,
  restorePointsResponseSchema,
  restoreRecordResponseSchema,
  type BoardRecordEntry,
  type RestoreBoardResponse,
  type RestorePoint,
  type RestorePointPreview,
  type RestoreRecordBody,
} from '@washup/shared/api';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

const pointsPath = (boardId: string) => `${boardPath(boardId)}/restore-points`;
const pointPath = (boardId: string, pointId: string) => `${pointsPath(boardId)}/${encodeURIComponent(pointId)}`;

/** The board's restore points, newest first (the Lead Reviewer's token only). */
export async function listRestorePoints(boardId: string, token: string): Promise<RestorePoint[]> {
  const { points } = await apiRequest(pointsPath(boardId), restorePointsResponseSchema, { token });
  return points;
}

/** What restoring the board to this point would do, against the board now. */
export function previewRestorePoint(boardId: string, pointId: string, token: string): Promise<RestorePointPreview> {
  return apiRequest(pointPath(boardId, pointId), restorePointPreviewSchema, { token });
}

/** Puts one record the point holds back on the board. */
export async function restoreRecord(boardId: string, pointId: string, record: RestoreRecordBody, token: string): Promise<BoardRecordEntry> {
  const { restored } = await apiRequest(`${pointPath(boardId, pointId)}/records`, restoreRecordResponseSchema, { method: 'POST', token, body: record });
  return restored;
}

/** Makes the board hold what the point holds; every device receives it as an ordinary change. */
export function restoreBoard(boardId: string, pointId: string, token: string): Promise<RestoreBoardResponse> {
  return apiRequest(`${pointPath(boardId, pointId)}/restore`, restoreBoardResponseSchema, { method: 'POST', token, body: { confirmed: true } });
}
