import { canvasDocOf } from '@washup/shared/canvas';
import type { ReportPicture } from '@washup/shared/report';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';

/**
 * The canvas image the Lead Reviewer put into the board's report, with its bytes from storage; null
 * when there is none, when its record does not read, or when its picture is not a PNG the board holds
 * (the report is then made without it).
 */
export async function reportPictureOf(deps: { rooms: RoomRegistry; storage: Storage }, boardId: string): Promise<ReportPicture | null> {
  const reading = await deps.rooms.withRoom({ boardId, kind: 'board' }, (room) => canvasDocOf(room.doc).reportImage());
  if (!reading.ok || reading.image === null) return null;
  const asset = await deps.storage.getAsset(boardId, reading.image.assetId);
  if (!asset || asset.contentType !== 'image/png') return null;
  return { png: asset.bytes, w: reading.image.w, h: reading.image.h };
}
