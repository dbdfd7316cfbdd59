import { createHash } from 'node:crypto';
import { canvasAssetPath, canvasImageProblem, type CanvasAssetUploadResponse, type CanvasImageType } from '@washup/shared/canvas';
import { sizeInWords } from '@washup/shared/rules';
import { Refused } from '../refusals/refused';
import type { Storage, StoredAsset } from '../storage/storage';
import { pictureGraceDays } from './pictureCleanup';

/**
 * Stores a picture for a board once its bytes are what they claim (canvasImageProblem: the type's
 * own signature, a safe SVG, within the size limit), named by their SHA-256: storing the same
 * picture again (a retry after a lost answer, or a picture put back) is the same asset, and never
 * refused. A new one is refused when the board's pictures would pass `quotaBytes` together;
 * pictures taken off the canvas still count until the clean-up deletes them (pictureCleanup.ts).
 */
export async function storeCanvasImage(storage: Storage, boardId: string, declared: string, bytes: Uint8Array, quotaBytes: number): Promise<CanvasAssetUploadResponse> {
  const problem = canvasImageProblem(declared, bytes);
  if (problem) throw new Refused('invalid', 'picture_refused', `${problem}; nothing was saved`);
  const id = createHash('sha256').update(bytes).digest('hex');
  const put = await storage.putAsset({ boardId, id, contentType: declared, bytes, createdAt: Date.now() }, quotaBytes);
  if (!put.stored) {
    throw new Refused(
      'too_large',
      'picture_quota',
      `this board's pictures already take ${sizeInWords(put.boardBytes)} of the ${sizeInWords(quotaBytes)} it may keep, and this one is ${sizeInWords(bytes.length)}; nothing was saved. ` +
        `Use a smaller picture, or delete pictures from the canvas: their space is freed ${pictureGraceDays} days after they were last used.`,
    );
  }
  return { assetId: id, src: canvasAssetPath(boardId, id), contentType: declared as CanvasImageType, bytes: bytes.length };
}

/** One of the board's pictures; another board's picture is as unknown here as one never stored. */
export async function readCanvasImage(storage: Storage, boardId: string, assetId: string): Promise<Pick<StoredAsset, 'contentType' | 'bytes'>> {
  const asset = await storage.getAsset(boardId, assetId);
  if (!asset) throw new Refused('not_found', 'picture_not_found', 'this board has no such picture');
  return asset;
}
