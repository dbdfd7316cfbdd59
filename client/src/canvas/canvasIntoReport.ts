import type { Editor } from 'tldraw';
import { canvasDocOf } from '@washup/shared/canvas';
import { uploadCanvasPicture } from '../api/canvasPictures';
import type { BoardConnection } from '../sync/BoardConnection';
import { canvasImage } from './canvasExport';

/**
 * The Lead Reviewer puts an image of the canvas into the report: tldraw draws it as a PNG in the
 * page, the relay stores it as a picture of the board, and the canvas settings name it (the
 * relay lets only the Lead Reviewer set them), so every device's Report view and the exported
 * files show the same picture. A later one replaces it.
 */
export async function putCanvasIntoReport(editor: Editor, connection: BoardConnection): Promise<void> {
  const png = await canvasImage(editor, 'png');
  const bitmap = await createImageBitmap(png);
  const size = { w: bitmap.width, h: bitmap.height };
  bitmap.close();
  const stored = await uploadCanvasPicture(connection.boardId, connection.identity.token, png);
  const canvas = canvasDocOf(connection.board.doc);
  canvas.transact(() => canvas.setReportImage({ assetId: stored.assetId, ...size, putAt: Date.now() }));
}

/** Takes the canvas image out of the report (the picture stays stored with the board until it is deleted). */
export function takeCanvasOutOfReport(connection: BoardConnection): void {
  const canvas = canvasDocOf(connection.board.doc);
  canvas.transact(() => canvas.setReportImage(null));
}
