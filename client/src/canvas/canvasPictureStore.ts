import type { TLAssetStore } from 'tldraw';
import { canvasAssetPathPattern } from '@washup/shared/canvas';
import { ApiRequestError, errorMessage } from '../api/ApiRequestError';
import { fetchCanvasPicture, uploadCanvasPicture } from '../api/canvasPictures';
import type { BoardConnection } from '../sync/BoardConnection';

/** How many times one picture is tried again after the link came back, before it is given up with a message. */
const maxUploadAttempts = 10;

/** A picture's bytes as a data: URL: one the page shows, and one tldraw's export embeds without fetching it (the Content-Security-Policy lets the page fetch only its relay). */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('the picture did not read')));
    reader.onerror = () => reject(reader.error ?? new Error('the picture did not read'));
    reader.readAsDataURL(blob);
  });
}

/** Resolves at the next moment the board's link is up (at once when it is). */
function connected(connection: BoardConnection): Promise<void> {
  return new Promise((resolve) => {
    if (connection.status.get().link === 'connected') {
      resolve();
      return;
    }
    const stop = connection.status.subscribe(() => {
      if (connection.status.get().link !== 'connected') return;
      stop();
      resolve();
    });
  });
}

/**
 * Where tldraw keeps the canvas's pictures: with the relay, as assets of the board (never as
 * data: URLs inside the board doc). A picture pasted or dropped while offline shows on this device
 * at once (tldraw's preview of the file) and is uploaded when the link comes back; meanwhile, and
 * when the relay refuses it, `onProblem` says so (and clears it once the picture is uploaded). Pictures are fetched with the token in a header
 * and shown from data: URLs made in the page (never stored in the doc), one per picture for as
 * long as the canvas is open: tldraw's PNG and SVG export embeds them as they are.
 */
export function canvasPictureStore(connection: BoardConnection, onProblem: (message: string | null) => void): TLAssetStore {
  const shown = new Map<string, Promise<string | null>>();
  const { boardId, identity } = connection;

  const show = (src: string): Promise<string | null> => {
    let url = shown.get(src);
    if (!url) {
      url = fetchCanvasPicture(src, identity.token).then(
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
          onProblem('The picture shows on this device only for now: it is uploaded to the board when Washup reconnects. Keep this page open until then.');
          await connected(connection);
        }
      }
    },
    resolve(asset) {
      const src = asset.props.src;
      if (!src || !canvasAssetPathPattern.test(src)) return null;
      return show(src);
    },
  };
}
