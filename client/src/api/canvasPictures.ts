import { canvasAssetUploadResponseSchema, type CanvasAssetUploadResponse } from '@washup/shared/canvas';
import { ApiRequestError } from './ApiRequestError';
import { boardPath } from './boardPath';
import { apiRequest } from './request';

/** Stores a picture of the board (pasted on the canvas, or the canvas's image for the report) with the relay. */
export function uploadCanvasPicture(boardId: string, token: string, picture: Blob, signal?: AbortSignal): Promise<CanvasAssetUploadResponse> {
  return apiRequest(`${boardPath(boardId)}/assets`, canvasAssetUploadResponseSchema, { method: 'POST', file: picture, token, signal });
}

/**
 * A stored picture's bytes, asked for with the token in a header (never in the picture's URL,
 * which the board doc holds and everyone sees); the browser's cache keeps it, as its URL never
 * changes what it serves.
 */
export async function fetchCanvasPicture(src: string, token: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(src, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiRequestError(0, 'network', "Can't reach the Washup server. Check your connection and try again.");
  }
  if (!response.ok) throw new ApiRequestError(response.status, `http_${response.status}`, `The picture could not be loaded (the server answered ${response.status}).`);
  return response.blob();
}
