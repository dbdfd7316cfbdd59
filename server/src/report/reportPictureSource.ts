import { canvasDocOf, type CanvasReportImage } from '@washup/shared/canvas';
import type { ReportPicture } from '@washup/shared/report';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';

/** The canvas image the Lead Reviewer put into the board's report, as the board names it; null when there is none or its record does not read. */
export async function reportImageOf(rooms: RoomRegistry, boardId: string): Promise<CanvasReportImage | null> {
  const reading = await rooms.withRoom({ boardId, kind: 'board' }, (room) => canvasDocOf(room.doc).reportImage());
  return reading.ok ? reading.image : null;
}

/**
 * The canvas image the Lead Reviewer put into the board's report, with its bytes from storage; null
 * when there is none, when its record does not read, or when its picture is not a PNG the board holds
 * (the report is then made without it).
 */
export async function reportPictureOf(deps: { rooms: RoomRegistry; storage: Storage }, boardId: string): Promise<ReportPicture | null> {
  const image = await reportImageOf(deps.rooms, boardId);
  if (image === null) return null;
  const asset = await deps.storage.getAsset(boardId, image.assetId);
  if (!asset || asset.contentType !== 'image/png') return null;
  return { png: asset.bytes, w: image.w, h: image.h };
}
