import type { CanvasDoc } from './canvasDoc';
import { canvasAssetPath } from './canvasImages';

/** The board's stored pictures a canvas uses, or why that cannot be told (a value this Washup does not read). */
export type PicturesInUse = { ok: true; assetIds: Set<string> } | { ok: false; problem: string };

/**
 * Which of the board's stored pictures a canvas uses: those a shape shows (through the image
 * asset record whose `src` names the picture) and the canvas image in the report. An asset record
 * no shape shows does not count: tldraw keeps a picture's asset record when its shape is deleted,
 * so counting asset records alone would keep every picture ever dropped. A canvas with a record or
 * report image that does not read may use pictures in a way not seen here: then nothing is told.
 */
export function picturesInUse(canvas: CanvasDoc, boardId: string): PicturesInUse {
  const [unreadable] = canvas.unreadable();
  if (unreadable !== undefined) return { ok: false, problem: unreadable };
  const report = canvas.reportImage();
  if (!report.ok) return { ok: false, problem: `the canvas image in the report ${report.problem}` };

  const records = canvas.list();
  const srcOfAsset = new Map<string, string>();
  for (const record of records) {
    const src = record.props?.src;
    if (record.typeName === 'asset' && typeof src === 'string') srcOfAsset.set(record.id, src);
  }
  const ours = canvasAssetPath(boardId, '');
  const assetIds = new Set<string>();
  for (const record of records) {
    const assetRecordId = record.props?.assetId;
    const src = record.typeName === 'shape' && typeof assetRecordId === 'string' ? srcOfAsset.get(assetRecordId) : undefined;
    if (src?.startsWith(ours)) assetIds.add(src.slice(ours.length));
  }
  if (report.image) assetIds.add(report.image.assetId);
  return { ok: true, assetIds };
}
