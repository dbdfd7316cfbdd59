import { boardDocOf } from '@washup/shared/board';
import { canvasDocOf, type CanvasReportImage } from '@washup/shared/canvas';
import { canvasPictureShown, reportCanvasImage, type ReportCanvasImage, type ReportPicture } from '@washup/shared/report';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';

type PictureDeps = { rooms: RoomRegistry; storage: Storage };

/** The canvas image the Lead Reviewer put into the board's report, as the board names it; null when there is none or its record does not read. */
export async function reportImageOf(rooms: RoomRegistry, boardId: string): Promise<CanvasReportImage | null> {
  const reading = await rooms.withRoom({ boardId, kind: 'board' }, (room) => canvasDocOf(room.doc).reportImage());
  return reading.ok ? reading.image : null;
}

/** The canvas image as the host's copy shows it, so as an agreement is given to it: none while the board redacts any name. */
export async function shownReportImageOf(rooms: RoomRegistry, boardId: string): Promise<CanvasReportImage | null> {
  const shown = await rooms.withRoom({ boardId, kind: 'board' }, (room) => canvasPictureShown(boardDocOf(room.doc).list('redactions')));
  return shown ? reportImageOf(rooms, boardId) : null;
}

/**
 * The canvas image the Lead Reviewer put into the board's report, with its bytes from storage; null
 * when there is none, when its record does not read, or when its picture is not a PNG the board holds
 * (the report is then made without it).
 */
export async function reportPictureOf(deps: PictureDeps, boardId: string): Promise<ReportPicture | null> {
  const image = await reportImageOf(deps.rooms, boardId);
  if (image === null) return null;
  const asset = await deps.storage.getAsset(boardId, image.assetId);
  if (!asset || asset.contentType !== 'image/png') return null;
  return { png: asset.bytes, w: image.w, h: image.h };
}

/** The canvas image as the exports carry it: the picture, or the note in its place while the board redacts any name. */
export async function reportCanvasImageOf(deps: PictureDeps, boardId: string): Promise<ReportCanvasImage | null> {
  const picture = await reportPictureOf(deps, boardId);
  if (!picture) return null;
  const redactions = await deps.rooms.withRoom({ boardId, kind: 'board' }, (room) => boardDocOf(room.doc).list('redactions'));
  return reportCanvasImage(picture, redactions);
}
