import type { TLAssetStore } from 'tldraw';
import { canvasAssetPath, canvasAssetPathPattern, canvasImageTypes, type PendingPicture } from '@washup/shared/canvas';
import { ApiRequestError, errorMessage } from '../api/ApiRequestError';
import { fetchCanvasPicture, uploadCanvasPicture } from '../api/canvasPictures';
import type { BoardConnection } from '../sync/BoardConnection';
import { keepPendingPicture, pendingPictures, pictureIdOf } from './pendingPictures';
import { connected, listenToPictureUploads, maxUploadAttempts, resumePictureUploads } from './pictureUploads';

/** A picture's bytes as a data: URL: one the page shows, and one tldraw's export embeds without fetching it (the Content-Security-Policy lets the page fetch only its relay). */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('the picture did not read')));
    reader.onerror = () => reject(reader.error ?? new Error('the picture did not read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * How long to wait, one after another, for a picture another device is still uploading (dropped
 * while offline; its shape arrives with the board doc, its bytes a moment later): about a minute in
 * all. Evenly, not doubling: the bytes usually come within seconds, and a wait grown to 15 or 30 s
 * kept the picture off the screen long after it was there. A missing picture costs one small
 * request every 3 s per device.
 */
const arrivalWaitsMs = [1_000, ...Array.from({ length: 20 }, () => 3_000)];

const waitMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const offlineMessage = 'The picture shows on this device only for now: it is uploaded to the board when Washup reconnects, also if this page is closed before then.';

/**
 * Where tldraw keeps the canvas's pictures: with the relay, as assets of the board (never as
 * data: URLs inside the board doc). A picture pasted or dropped while offline is named at once by
 * its SHA-256 (as the relay names it), so the canvas holds its final path; its bytes wait on this
 * device (pendingPictures.ts) and are uploaded when the link is back (pictureUploads.ts), also
 * after the tab was closed: the next time the board opens on this device. Meanwhile, and when the
 * relay refuses it, `onProblem` says so (and clears it once the pictures are uploaded); a refused
 * one is taken off the canvas (refusedPictures.ts). Pictures are fetched with the token in
 * a header and shown from data: URLs made in the page (never stored in the doc), one per picture
 * for as long as the canvas is open: tldraw's PNG and SVG export embeds them as they are. A
 * picture whose shape arrived before its bytes (another device uploading it) is asked for again
 * a few times.
 */
export function canvasPictureStore(connection: BoardConnection, onProblem: (message: string | null) => void): TLAssetStore {
  const shown = new Map<string, Promise<string | null>>();
  const { boardId, identity } = connection;
  listenToPictureUploads(boardId, onProblem);

  const fetchWhenArrived = async (src: string): Promise<Blob> => {
    const waits = [0, ...arrivalWaitsMs];
    for (const [attempt, waitBefore] of waits.entries()) {
      if (waitBefore > 0) await waitMs(waitBefore);
      try {
        return await fetchCanvasPicture(src, identity.token);
      } catch (error) {
        if (!(error instanceof ApiRequestError && error.status === 404) || attempt === waits.length - 1) throw error;
      }
    }
    throw new Error('the picture did not arrive');
  };

  const show = (src: string, assetId: string): Promise<string | null> => {
    let url = shown.get(src);
    if (!url) {
      // Only those who edit drop pictures; a read-only role's copy may not be opened before its check (BoardConnection).
      url = (connection.canEdit ? pendingPictures(boardId) : Promise.resolve([]))
        .catch((): PendingPicture[] => [])
        .then((pending) => {
          const kept = pending.find((picture) => picture.assetId === assetId);
          return kept ? new Blob([kept.bytes], { type: kept.contentType }) : fetchWhenArrived(src);
        })
        .then(
          (blob) => dataUrlOf(blob),
          () => {
            // Not cached: the next draw asks again (the link may be back).
            shown.delete(src);
            return null;
          },
        );
      shown.set(src, url);
    }
    return url;
  };

  /** Keeps a picture on this device for a later upload; its path is the one the relay will give it. */
  const keepForLater = async (file: File): Promise<{ src: string } | null> => {
    const contentType = canvasImageTypes.find((type) => type === file.type);
    if (!contentType) return null;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const assetId = pictureIdOf(bytes);
    const kept = await keepPendingPicture(boardId, { assetId, contentType, bytes, keptAt: Date.now() }).then(
      () => true,
      () => false,
    );
    if (!kept) return null;
    resumePictureUploads(connection);
    return { src: canvasAssetPath(boardId, assetId) };
  };

  return {
    async upload(_asset, file, abortSignal) {
      for (let attempt = 1; ; attempt++) {
        try {
          const stored = await uploadCanvasPicture(boardId, identity.token, file, abortSignal);
          // Uploaded after waiting for the link: the message about it no longer holds.
          if (attempt > 1) onProblem(null);
          return { src: stored.src };
        } catch (error) {
          const offline = error instanceof ApiRequestError && error.isNetworkError;
          if (!offline || attempt >= maxUploadAttempts || abortSignal?.aborted) {
            onProblem(`The picture was not added to the board: ${errorMessage(error)}`);
            throw error;
          }
          const later = await keepForLater(file);
          if (later) {
            onProblem(offlineMessage);
            return later;
          }
          // This device keeps no copy of the board (or could not write to it): the page itself waits.
          onProblem('The picture shows on this device only for now: it is uploaded to the board when Washup reconnects. Keep this page open until then.');
          await connected(connection);
        }
      }
    },
    resolve(asset) {
      const src = asset.props.src;
      if (!src || !canvasAssetPathPattern.test(src)) return null;
      return show(src, src.slice(src.lastIndexOf('/') + 1));
    },
  };
}
