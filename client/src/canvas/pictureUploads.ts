import { canvasAssetPath } from '@washup/shared/canvas';
import { ApiRequestError, errorMessage } from '../api/ApiRequestError';
import { uploadCanvasPicture } from '../api/canvasPictures';
import type { BoardConnection } from '../sync/BoardConnection';
import { forgetPendingPicture, pendingPictures } from './pendingPictures';
import { noteRefusedPicture } from './refusedPictures';

/** How many times one picture is tried again after the link came back, before it is given up with a message. */
export const maxUploadAttempts = 10;

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

export const connected = (connection: BoardConnection) => linkIs(connection, true);
const disconnected = (connection: BoardConnection) => linkIs(connection, false);

/** What the uploads say: a sentence for people, or null once what was said no longer holds. */
type UploadNews = (message: string | null) => void;

/**
 * The uploads of a board's waiting pictures on this device: one run at a time, whether the board
 * opening or a canvas started it, telling the canvas open now; the last thing they said is told
 * again, once, to the next canvas that opens, so a refusal told while no canvas was mounted is
 * not lost.
 */
interface UploadRun {
  running: Promise<void> | null;
  again: boolean;
  listener: UploadNews | null;
  unheard: string | null;
}
const uploadRuns = new Map<string, UploadRun>();

function runOf(boardId: string): UploadRun {
  const run = uploadRuns.get(boardId) ?? { running: null, again: false, listener: null, unheard: null };
  uploadRuns.set(boardId, run);
  return run;
}

function tell(run: UploadRun, message: string | null): void {
  run.unheard = message;
  run.listener?.(message);
}

/** The canvas open now hears what the uploads say, starting with what no canvas has heard yet. */
export function listenToPictureUploads(boardId: string, listener: UploadNews): void {
  const run = runOf(boardId);
  run.listener = listener;
  const unheard = run.unheard;
  run.unheard = null;
  // Not during the render that makes the canvas's store: the canvas hears it once mounted.
  if (unheard) queueMicrotask(() => listener(unheard));
}

/** Uploads every picture waiting on this device, each once the link is up; a refused one is given up with a message. */
async function uploadPending(connection: BoardConnection, run: UploadRun): Promise<void> {
  const { boardId, identity } = connection;
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
        tell(run, `A picture added while offline was not added to the board: ${errorMessage(error)}`);
        noteRefusedPicture(boardId, canvasAssetPath(boardId, picture.assetId));
      }
      await forgetPendingPicture(boardId, picture.assetId);
    }
    if (!offline) break;
    // The link said it was up, yet the relay was not reached: wait for the next reconnection.
    await disconnected(connection);
  }
  // The offline message no longer holds; a refusal's stays until it is dismissed.
  if (uploaded > 0 && !refused) tell(run, null);
}

/** Starts uploading this board's waiting pictures (or, while a run is going, has it look again when done). */
export function resumePictureUploads(connection: BoardConnection): void {
  const run = runOf(connection.boardId);
  if (run.running) {
    run.again = true;
    return;
  }
  run.running = uploadPending(connection, run)
    .catch((error: unknown) => tell(run, `Pictures added while offline could not be uploaded yet: ${errorMessage(error)}`))
    .finally(() => {
      run.running = null;
      if (run.again) {
        run.again = false;
        resumePictureUploads(connection);
      }
    });
}

/**
 * Pictures left waiting when the board was last open on this device (dropped offline, the tab
 * closed before the link came back) go up as soon as the board opens, whichever view it opens
 * at: another device is waiting for them. Only those who edit drop pictures; a read-only role's
 * copy may not be opened before its check (BoardConnection).
 */
export function uploadWaitingPicturesOnOpen(connection: BoardConnection): void {
  if (connection.canEdit) void connection.whenLoadedLocally.then(() => resumePictureUploads(connection));
}
