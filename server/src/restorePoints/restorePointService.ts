import {
  restorePointDetailsSchema,
  type Participant,
  type BoardRecordEntry,
  type RestoreBoardResponse,
  type RestorePoint,
  type RestorePointPreview,
  type RestoreRecordBody,
} from '@washup/shared/api';
import type * as Y from 'yjs';
import { boardDocOf, changeCounts, isReportWordCollection, putRecord, restoreBoardTo, restoreDiff, type BoardDoc, type ChangeCounts, type RestoreScope } from '@washup/shared/board';
import type { Access } from '../auth/access';
import { Refused } from '../refusals/refused';
import type { RestorePointEntry, Storage } from '../storage/storage';
import type { WithRoom } from '../sync/privateLearningMove';
import { reportFrozenProblem } from '../sync/reportFreezeRule';
import { unpackBoard } from './pointState';
import type { RestorePointRecorder } from './restorePointRecorder';

/**
 * A stored point as the timeline shows it. Its details were written by this relay through the same
 * schema; a row that no longer reads (a newer relay's) is listed with no counts rather than hidden.
 */
function timelineEntry(entry: RestorePointEntry, people: ReadonlyMap<string, Participant>): RestorePoint {
  const details = restorePointDetailsSchema.safeParse(entry.details);
  const person = entry.participantId === null ? undefined : people.get(entry.participantId);
  return {
    ...(details.success ? details.data : { reason: 'activity', changes: {}, holds: {} }),
    id: entry.id,
    takenAt: entry.takenAt,
    by: entry.participantId === null ? null : { participantId: entry.participantId, name: person?.name ?? 'someone no longer listed', role: person?.role ?? null },
    bytes: entry.bytes,
  };
}

/** While a version of the report is final its words stay as they are: the relay refuses any device's change to them then, and a restore is no way around that. */
function restoreScopeOf(doc: Y.Doc): RestoreScope {
  return { reportWords: reportFrozenProblem(doc) === null };
}

const noSuchPoint = () => new Refused('not_found', 'restore_point_not_found', 'this board has no such restore point');

/**
 * The Lead Reviewer's view of a board's restore points, and restoring from them. A restore is a
 * new change the relay writes to the live board doc (records put back, records removed), so every
 * device receives it as an ordinary update, also one that was offline throughout; history is
 * never rewritten. A point of the board as it stood is taken first, so a restore can be undone too.
 */
export class RestorePointService {
  constructor(
    private readonly storage: Storage,
    private readonly recorder: RestorePointRecorder,
    private readonly withRoom: WithRoom,
  ) {}

  /** Newest first, with who caused each point. */
  async list(boardId: string): Promise<RestorePoint[]> {
    const [entries, people] = await Promise.all([this.storage.listRestorePoints(boardId), this.storage.listParticipants(boardId)]);
    const byId = new Map(people.map((person) => [person.id, person]));
    return entries.reverse().map((entry) => timelineEntry(entry, byId));
  }

  private async point(boardId: string, pointId: string): Promise<{ entry: RestorePoint; board: BoardDoc }> {
    const entry = (await this.list(boardId)).find((point) => point.id === pointId);
    const state = entry ? await this.storage.restorePointState(boardId, pointId) : null;
    if (!entry || !state) throw noSuchPoint();
    return { entry, board: await unpackBoard(state) };
  }

  async preview(boardId: string, pointId: string): Promise<RestorePointPreview> {
    const { entry, board } = await this.point(boardId, pointId);
    try {
      return await this.withRoom({ boardId, kind: 'board' }, (room) => {
        const live = boardDocOf(room.doc);
        const diff = restoreDiff(live, board, restoreScopeOf(room.doc));
        const remove = diff.removed.map(({ collection, id }) => ({ collection, record: live.get(collection, id) }) as BoardRecordEntry);
        return { point: entry, counts: changeCounts(diff), comeBack: diff.added, revert: diff.changed, remove };
      });
    } finally {
      board.doc.destroy();
    }
  }

  /** Puts one record the point holds back on the board; refused when the board holds it already. */
  async restoreRecord(boardId: string, pointId: string, wanted: RestoreRecordBody): Promise<BoardRecordEntry> {
    const { board } = await this.point(boardId, pointId);
    try {
      const record = board.get(wanted.collection, wanted.id);
      if (!record) throw new Refused('not_found', 'record_not_in_point', 'this restore point does not hold that record');
      const entry = { collection: wanted.collection, record } as BoardRecordEntry;
      await this.withRoom({ boardId, kind: 'board' }, (room) => {
        const frozen = isReportWordCollection(wanted.collection) ? reportFrozenProblem(room.doc) : null;
        if (frozen) throw new Refused('conflict', 'report_final', frozen);
        if (boardDocOf(room.doc).get(wanted.collection, wanted.id)) {
          throw new Refused('conflict', 'record_on_board', 'the board already holds this record');
        }
        room.change((doc) => putRecord(boardDocOf(doc), entry));
        return room.whenDurable();
      });
      return entry;
    } finally {
      board.doc.destroy();
    }
  }

  /**
   * Makes the live board hold what the point holds: first a point of the board as it stands (stored
   * before anything changes), then one change putting back and removing records, durable before
   * this resolves, within the board's restore scope.
   */
  async restoreBoard(boardId: string, pointId: string, by: Access): Promise<RestoreBoardResponse> {
    const { board } = await this.point(boardId, pointId);
    try {
      const address = { boardId, kind: 'board' } as const;
      const before = await this.withRoom(address, (room) => this.recorder.take(boardId, room.doc, { reason: 'beforeRestore' }, by.participantId));
      await before.stored;
      const counts = await this.withRoom(address, async (room) => {
        let done: ChangeCounts = {};
        const scope = restoreScopeOf(room.doc);
        room.change((doc) => {
          done = changeCounts(restoreBoardTo(boardDocOf(doc), board, scope));
        });
        await room.whenDurable();
        return { done, reportWordsLeft: !scope.reportWords };
      });
      return { counts: counts.done, reportWordsLeft: counts.reportWordsLeft, beforeRestorePointId: before.id };
    } finally {
      board.doc.destroy();
    }
  }
}
