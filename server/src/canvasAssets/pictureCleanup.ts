import { canvasDocOf, picturesInUse, type PicturesInUse } from '@washup/shared/canvas';
import { unpackBoard } from '../restorePoints/pointState';
import type { Storage } from '../storage/storage';
import type { WithRoom } from '../sync/privateLearningMove';

/**
 * How long a picture stays stored after the board's canvas stopped using it. Long enough for what
 * can bring it back: undo on a device left open, a device that was offline (a laptop in a locker
 * over a half-term break) sending its older canvas, and a restore point (those keep a board's
 * hourly history for a week, and every point that holds the picture keeps it besides).
 */
export const pictureGraceDays = 14;
const graceMs = pictureGraceDays * 24 * 60 * 60_000;

/** Boards read from storage at once while walking every board with pictures. */
const boardsPerPage = 20;

export interface PictureCleanupDeps {
  storage: Storage;
  /** The live board doc, as this relay has it (every change it acknowledged, and any it holds not yet stored). */
  withRoom: WithRoom;
}

export type BoardCleanup = { deleted: string[]; freedBytes: number } | { skipped: string } | { failed: unknown };

/** The pictures any of the board's restore points uses, newest point first, stopping once all of `wanted` are found. */
async function picturesInRestorePoints(storage: Storage, boardId: string, wanted: ReadonlySet<string>): Promise<PicturesInUse> {
  const found = new Set<string>();
  for (const point of (await storage.listRestorePoints(boardId)).reverse()) {
    const state = await storage.restorePointState(boardId, point.id);
    if (!state) continue;
    const board = await unpackBoard(state);
    try {
      const used = picturesInUse(canvasDocOf(board.doc), boardId);
      if (!used.ok) return { ok: false, problem: `restore point ${point.id}: ${used.problem}` };
      for (const id of used.assetIds) if (wanted.has(id)) found.add(id);
    } finally {
      board.doc.destroy();
    }
    if (found.size === wanted.size) break;
  }
  return { ok: true, assetIds: found };
}

/**
 * One board's clean-up at `now`. The rule: a picture is deleted only when
 * - no shape of the live canvas shows it and the report's canvas image is not it,
 * - the canvas has not used it at any clean-up for `pictureGraceDays` (the first clean-up that
 *   finds it unused marks it; one that finds it used again, or an upload of the same bytes,
 *   clears the mark; a picture never used yet, just uploaded, is marked like one taken off), and
 * - none of the board's restore points holds a shape showing it.
 * A canvas or point with a value this relay cannot read might use pictures unseen: then nothing
 * of the board is deleted (its marks are still kept up to date only when the live canvas reads).
 */
export async function cleanUpBoardPictures({ storage, withRoom }: PictureCleanupDeps, boardId: string, now: number): Promise<BoardCleanup> {
  const stored = await storage.listAssets(boardId);
  if (stored.length === 0) return { deleted: [], freedBytes: 0 };
  const live = await withRoom({ boardId, kind: 'board' }, (room) => picturesInUse(canvasDocOf(room.doc), boardId));
  if (!live.ok) return { skipped: live.problem };
  const unused = stored.filter((asset) => !live.assetIds.has(asset.id));
  await storage.markUnusedAssets(
    boardId,
    unused.map((asset) => asset.id),
    now,
  );
  const markedBy = now - graceMs;
  const due = unused.filter((asset) => asset.unusedSince !== null && asset.unusedSince <= markedBy);
  if (due.length === 0) return { deleted: [], freedBytes: 0 };
  const inPoints = await picturesInRestorePoints(storage, boardId, new Set(due.map((asset) => asset.id)));
  if (!inPoints.ok) return { skipped: inPoints.problem };
  const deletable = due.filter((asset) => !inPoints.assetIds.has(asset.id));
  if (deletable.length === 0) return { deleted: [], freedBytes: 0 };
  // The condition is checked again where it deletes: a mark cleared since (the picture uploaded again) keeps it.
  const deleted = await storage.deleteUnusedAssets(
    boardId,
    deletable.map((asset) => asset.id),
    markedBy,
  );
  const sizes = new Map(deletable.map((asset) => [asset.id, asset.bytes]));
  return { deleted, freedBytes: deleted.reduce((total, id) => total + (sizes.get(id) ?? 0), 0) };
}

/** Every board with pictures, a page at a time, each cleaned up in turn; `shouldStop` ends the walk early. */
export async function cleanUpAllPictures(deps: PictureCleanupDeps, now: number, onBoard: (boardId: string, result: BoardCleanup) => void, shouldStop: () => boolean): Promise<void> {
  let after: string | null = null;
  while (!shouldStop()) {
    const boards = await deps.storage.boardsWithAssets(after, boardsPerPage);
    for (const boardId of boards) {
      if (shouldStop()) return;
      // One board's failure (storage, an unreadable point) leaves the others to be cleaned up.
      onBoard(boardId, await cleanUpBoardPictures(deps, boardId, now).catch((error: unknown) => ({ failed: error })));
    }
    if (boards.length < boardsPerPage) return;
    after = boards.at(-1) ?? null;
  }
}
