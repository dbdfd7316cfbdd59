import * as Y from 'yjs';
import { restorePointDetailsSchema, type RestorePointDetails } from '@washup/shared/api';
import { BoardDoc, changeCounts, collectionNames, diffBoards, newId, type CollectionName } from '@washup/shared/board';
import type { Logger } from '../logger';
import type { Storage } from '../storage/storage';
import type { DecodedUpdate } from '../sync/decodedUpdate';
import type { DocHistory } from '../sync/docHistory';
import type { Room } from '../sync/room';
import { recordsRemovedBy } from '../sync/updateRemovals';
import { updateChangesDoc } from '../sync/updateNovelty';
import { boardOfState, packState, unpackBoard } from './pointState';
import { defaultRestorePointPolicy, isBulkRemoval, pointsBeyondPolicy, type RestorePointPolicy } from './restorePointPolicy';

/** Why a point is taken, with what the reason carries. */
export type PointCause = { reason: 'activity' } | { reason: 'beforeRestore' } | { reason: 'bulkRemoval'; removing: ReadonlyMap<CollectionName, number> };

export interface TakenPoint {
  id: string;
  /** Resolves once the point is in storage; rejects when it could not be stored. */
  stored: Promise<void>;
}

function holdings(board: BoardDoc): RestorePointDetails['holds'] {
  const holds: RestorePointDetails['holds'] = {};
  for (const collection of collectionNames) {
    const count = board.count(collection);
    if (count > 0) holds[collection] = count;
  }
  return holds;
}

/**
 * Takes the restore points of board docs: before each client update it is told of, it decides
 * (by the policy) whether the board as it stands must be kept first, captures it at once, and
 * stores it after the board's earlier points, then drops the points the policy no longer keeps.
 * Points live in their own table, so compacting the doc's log never touches them.
 */
export class RestorePointRecorder implements DocHistory {
  private readonly lastTakenAt = new Map<string, number>();
  private readonly writes = new Map<string, Promise<void>>();

  constructor(
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly policy: RestorePointPolicy = defaultRestorePointPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** A point before a bulk removal holds the update back until it is stored; a point for activity does not. */
  beforeClientUpdate(room: Room, update: DecodedUpdate, participantId: string | null): Promise<void> | null {
    const { boardId } = room.address;
    const removing = recordsRemovedBy(room.doc, update);
    const logFailure = (error: unknown) => this.log.error({ err: error, boardId }, 'a restore point could not be stored');
    if (isBulkRemoval(this.policy, removing, (collection) => room.doc.getArray(collection).length)) {
      const stored = this.take(boardId, room.doc, { reason: 'bulkRemoval', removing }, participantId).stored;
      stored.catch(logFailure);
      return stored;
    }
    const due = this.now() - (this.lastTakenAt.get(boardId) ?? Number.NEGATIVE_INFINITY) >= this.policy.activityIntervalMs;
    if (due && updateChangesDoc(room.doc, update)) this.take(boardId, room.doc, { reason: 'activity' }, participantId).stored.catch(logFailure);
    return null;
  }

  /** Captures the board doc as it is now; it is stored after the board's earlier points. */
  take(boardId: string, doc: Y.Doc, cause: PointCause, participantId: string | null): TakenPoint {
    const state = Y.encodeStateAsUpdateV2(doc);
    const takenAt = this.now();
    this.lastTakenAt.set(boardId, takenAt);
    const id = newId();
    const previous = this.writes.get(boardId) ?? Promise.resolve();
    const stored = previous.catch(() => undefined).then(() => this.store({ id, boardId, takenAt, participantId, cause, state }));
    const settled = stored.catch(() => undefined);
    this.writes.set(boardId, settled);
    void settled.then(() => {
      if (this.writes.get(boardId) === settled) this.writes.delete(boardId);
    });
    return { id, stored };
  }

  private async store(point: { id: string; boardId: string; takenAt: number; participantId: string | null; cause: PointCause; state: Uint8Array }): Promise<void> {
    const board = boardOfState(point.state);
    const earlier = await this.storage.listRestorePoints(point.boardId);
    const last = earlier.at(-1);
    const lastState = last ? await this.storage.restorePointState(point.boardId, last.id) : null;
    const before = lastState ? await unpackBoard(lastState) : new BoardDoc();
    const details: RestorePointDetails = restorePointDetailsSchema.parse({
      reason: point.cause.reason,
      changes: changeCounts(diffBoards(before, board)),
      ...(point.cause.reason === 'bulkRemoval' ? { removing: Object.fromEntries(point.cause.removing) } : {}),
      holds: holdings(board),
    });
    board.doc.destroy();
    before.doc.destroy();
    await this.storage.addRestorePoint({
      id: point.id,
      boardId: point.boardId,
      takenAt: point.takenAt,
      participantId: point.participantId,
      details,
      state: await packState(point.state),
    });
    const beyond = pointsBeyondPolicy(this.policy, [...earlier, { id: point.id, takenAt: point.takenAt }], this.now());
    if (beyond.length > 0) await this.storage.deleteRestorePoints(point.boardId, beyond);
  }
}
