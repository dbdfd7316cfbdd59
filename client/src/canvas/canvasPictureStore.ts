import type { TLAssetStore } from 'tldraw';
import { canvasAssetPath, canvasAssetPathPattern, canvasImageTypes, type PendingPicture } from '@washup/shared/canvas';
import { ApiRequestError, errorMessage } from '../api/ApiRequestError';
import { fetchCanvasPicture, uploadCanvasPicture } from '../api/canvasPictures';
import type { BoardConnection } from '../sync/BoardConnection';
import { forgetPendingPicture, keepPendingPicture, pendingPictures, pictureIdOf } from './pendingPictures';
import { noteRefusedPicture } from './refusedPictures';

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

/** Resolves at the next moment the board's link is up (`up`) or down (at once when it is). */
function linkIs(connection: BoardConnection, up: boolean): Promise<void> {
  const matches = () => (connection.status.get().link === 'connected') === up;
  return new Promise((resolve) => {
    if (matches()) {
      resolve();
      return;
    }
    const stop = connection.status.subscribe(() => {
      if (!matches()) return;
      stop();
      resolve();
    });
  });
}

const connected = (connection: BoardConnection) => linkIs(connection, true);
const disconnected = (connection: BoardConnection) => linkIs(connection, false);

/** How long to wait, one after another, for a picture another device is still uploading (dropped while offline): about a minute in all. */
const arrivalWaitsMs = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

const waitMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const offlineMessage = 'The picture shows on this device only for now: it is uploaded to the board when Washup reconnects, also if this page is closed before then.';

/**
 * The uploads of a board's waiting pictures on this device: one run at a time, whichever canvas
 * started it (the canvas mounts again as views change, and each mount makes a store), telling the
 * canvas open now; the last thing they said is told again, once, to the next canvas that opens, so
 * a refusal told while no canvas was mounted is not lost.
 */
interface UploadRun {
  running: Promise<void> | null;
  again: boolean;
  listener: (message: string | null) => void;
  unheard: string | null;
}
const uploadRuns = new Map<string, UploadRun>();

/**
 * Where tldraw keeps the canvas's pictures: with the relay, as assets of the board (never as
 * data: URLs inside the board doc). A picture pasted or dropped while offline is named at once by
 * its SHA-256 (as the relay names it), so the canvas holds its final path; its bytes wait on this
 * device (pendingPictures.ts) and are uploaded when the link is back, also after the tab was
 * closed: the next time the canvas opens. Meanwhile, and when the relay refuses it, `onProblem`
 * says so (and clears it once the pictures are uploaded). Pictures are fetched with the token in
 * a header and shown from data: URLs made in the page (never stored in the doc), one per picture
 * for as long as the canvas is open: tldraw's PNG and SVG export embeds them as they are. A
 * picture whose shape arrived before its bytes (another device uploading it) is asked for again
 * a few times.
 */
export function canvasPictureStore(connection: BoardConnection, onProblem: (message: string | null) => void): TLAssetStore {
  const shown = new Map<string, Promise<string | null>>();
  const { boardId, identity } = connection;
  const run = uploadRuns.get(boardId) ?? { running: null, again: false, listener: onProblem, unheard: null };
  uploadRuns.set(boardId, run);
  run.listener = onProblem;
  const unheard = run.unheard;
  run.unheard = null;
  // Not during the render that makes this store: the canvas hears it once mounted.
  if (unheard) queueMicrotask(() => onProblem(unheard));
  /** What the waiting pictures' uploads say, to the canvas open now (or the next one). */
  const tell = (message: string | null): void => {
    run.unheard = message;
    run.listener(message);
  };

  const fetchWhenArrived = async (src: string): Promise<Blob> => {
    for (const waitBefore of [0, ...arrivalWaitsMs]) {
      if (waitBefore > 0) await waitMs(waitBefore);
      try {
        return await fetchCanvasPicture(src, identity.token);
      } catch (error) {
        if (!(error instanceof ApiRequestError && error.status === 404) || waitBefore === arrivalWaitsMs.at(-1)) throw error;
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

  /** Uploads every picture waiting on this device, each once the link is up; a refused one is given up with a message. */
  const uploadPending = async (): Promise<void> => {
    let uploaded = 0;
    let refused = false;
    for (let attempt = 1; attempt <= maxUploadAttempts; attempt++) {
      await connected(connection);
      const waiting = await pendingPictures(boardId);
      if (waiting.length === 0) break;
      let offline = false;
      for (const picture of waiting) {
        try {
          await uploadCanvasPicture(boardId, identity.token, new Blob([picture.bytes], { type: picture.contentType }));
          uploaded += 1;
        } catch (error) {
          offline = error instanceof ApiRequestError && error.isNetworkError;
          if (offline) break;
          refused = true;
          tell(`A picture added while offline was not added to the board: ${errorMessage(error)}`);
          noteRefusedPicture(boardId, canvasAssetPath(boardId, picture.assetId));
        }
        await forgetPendingPicture(boardId, picture.assetId);
      }
      if (!offline) break;
      // The link said it was up, yet the relay was not reached: wait for the next reconnection.
      await disconnected(connection);
    }
    // The offline message no longer holds; a refusal's stays until it is dismissed.
    if (uploaded > 0 && !refused) tell(null);
  };

  const resumeUploads = (): void => {
    if (run.running) {
      run.again = true;
      return;
    }
    run.running = uploadPending()
      .catch((error: unknown) => tell(`Pictures added while offline could not be uploaded yet: ${errorMessage(error)}`))
      .finally(() => {
        run.running = null;
        if (run.again) {
          run.again = false;
          resumeUploads();
        }
      });
  };

  // Pictures left waiting when the canvas was last open on this device (the tab closed offline).
  if (connection.canEdit) void connection.whenLoadedLocally.then(resumeUploads);

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
    resumeUploads();
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
