import { createHash } from 'node:crypto';
import { canvasAssetPath, canvasImageProblem, type CanvasAssetUploadResponse, type CanvasImageType } from '@washup/shared/canvas';
import { Refused } from '../refusals/refused';
import type { Storage, StoredAsset } from '../storage/storage';

/**
 * Stores a picture for a board once its bytes are what they claim (canvasImageProblem: the type's
 * own signature, a safe SVG, within the size limit), named by their SHA-256: storing the same
 * picture again (a retry after a lost answer) is the same asset.
 */
export async function storeCanvasImage(storage: Storage, boardId: string, declared: string, bytes: Uint8Array): Promise<CanvasAssetUploadResponse> {
  const problem = canvasImageProblem(declared, bytes);
  if (problem) throw new Refused('invalid', 'picture_refused', `${problem}; nothing was saved`);
  const id = createHash('sha256').update(bytes).digest('hex');
  await storage.putAsset({ boardId, id, contentType: declared, bytes, createdAt: Date.now() });
  return { assetId: id, src: canvasAssetPath(boardId, id), contentType: declared as CanvasImageType, bytes: bytes.length };
}

/** One of the board's pictures; another board's picture is as unknown here as one never stored. */
export async function readCanvasImage(storage: Storage, boardId: string, assetId: string): Promise<Pick<StoredAsset, 'contentType' | 'bytes'>> {
  const asset = await storage.getAsset(boardId, assetId);
  if (!asset) throw new Refused('not_found', 'picture_not_found', 'this board has no such picture');
  return asset;
}
