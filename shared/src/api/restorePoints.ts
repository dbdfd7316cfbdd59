import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { collectionNames } from '../board/boardDoc';
import {
  actionSchema,
  appreciationSchema,
  cardSchema,
  estimateSchema,
  headingSchema,
  ideaNoteSchema,
  ideaSchema,
  keyQuestionSchema,
  recordIdSchema,
  redactionSchema,
  reportTextSchema,
  themeSchema,
} from '../board/records';
import { boardParamsSchema } from './boardParams';

export const collectionNameSchema = z.enum(collectionNames);

/** Why the relay took a restore point: a stretch of activity, an update about to remove many records, or a restore about to run. */
export const restorePointReasons = ['activity', 'bulkRemoval', 'beforeRestore'] as const;
export const restorePointReasonSchema = z.enum(restorePointReasons);
export type RestorePointReason = z.infer<typeof restorePointReasonSchema>;

const count = z.number().int().nonnegative();
export const recordChangeCountsSchema = z.object({ added: count, changed: count, removed: count });
/** Per collection, only those that changed. */
export const changeCountsSchema = z.partialRecord(collectionNameSchema, recordChangeCountsSchema);
/** Per collection, only those with records. */
export const recordCountsSchema = z.partialRecord(collectionNameSchema, count);

/** What the relay keeps beside a point's state: why, what changed since the point before, what it holds. */
export const restorePointDetailsSchema = z.object({
  reason: restorePointReasonSchema,
  /** Records changed between the previous point and this one. */
  changes: changeCountsSchema,
  /** For a point taken before a bulk removal: the records that update removed. */
  removing: recordCountsSchema.optional(),
  /** The records the point holds. */
  holds: recordCountsSchema,
});
export type RestorePointDetails = z.infer<typeof restorePointDetailsSchema>;

export const restorePointSchema = restorePointDetailsSchema.extend({
  id: z.string(),
  takenAt: z.number(),
  /** Whose update led to the point, when a participant's did. */
  by: z.object({ participantId: z.string(), name: z.string(), role: roleSchema.nullable() }).nullable(),
  /** Stored size of the point's state. */
  bytes: z.number(),
});
export type RestorePoint = z.infer<typeof restorePointSchema>;

/** `GET /api/boards/:id/restore-points`: newest first. */
export const restorePointsResponseSchema = z.object({ points: z.array(restorePointSchema) });
export type RestorePointsResponse = z.infer<typeof restorePointsResponseSchema>;

export const restorePointParamsSchema = boardParamsSchema.extend({ pointId: recordIdSchema });

/** A record with its collection, as a preview lists it. */
export const boardRecordSchema = z.discriminatedUnion('collection', [
  z.object({ collection: z.literal('headings'), record: headingSchema }),
  z.object({ collection: z.literal('keyQuestions'), record: keyQuestionSchema }),
  z.object({ collection: z.literal('cards'), record: cardSchema }),
  z.object({ collection: z.literal('themes'), record: themeSchema }),
  z.object({ collection: z.literal('ideas'), record: ideaSchema }),
  z.object({ collection: z.literal('appreciations'), record: appreciationSchema }),
  z.object({ collection: z.literal('ideaNotes'), record: ideaNoteSchema }),
  z.object({ collection: z.literal('actions'), record: actionSchema }),
  z.object({ collection: z.literal('redactions'), record: redactionSchema }),
  z.object({ collection: z.literal('reportTexts'), record: reportTextSchema }),
  z.object({ collection: z.literal('estimates'), record: estimateSchema }),
]);
export type BoardRecordEntry = z.infer<typeof boardRecordSchema>;

/**
 * `GET /api/boards/:id/restore-points/:pointId`: what restoring the board to the point would do,
 * against the board as it is now: the records that come back, those put back as they were, and
 * those that go (as they are now).
 */
export const restorePointPreviewSchema = z.object({
  point: restorePointSchema,
  counts: changeCountsSchema,
  comeBack: z.array(boardRecordSchema),
  revert: z.array(boardRecordSchema),
  remove: z.array(boardRecordSchema),
});
export type RestorePointPreview = z.infer<typeof restorePointPreviewSchema>;

/** `POST /api/boards/:id/restore-points/:pointId/records`: one record the point holds and the board no longer does. */
export const restoreRecordBodySchema = z.strictObject({ collection: collectionNameSchema, id: recordIdSchema });
export type RestoreRecordBody = z.infer<typeof restoreRecordBodySchema>;
export const restoreRecordResponseSchema = z.object({ restored: boardRecordSchema });

/** `POST /api/boards/:id/restore-points/:pointId/restore`: the whole board back to the point, said explicitly. */
export const restoreBoardBodySchema = z.strictObject({ confirmed: z.literal(true) });
export const restoreBoardResponseSchema = z.object({
  /** What the restore did, against the board as it was. */
  counts: changeCountsSchema,
  /** The point taken just before, so the restore itself can be undone. */
  beforeRestorePointId: z.string(),
  /** The report's own words were left as they are, because a version of the report is final. */
  reportWordsLeft: z.boolean(),
});
export type RestoreBoardResponse = z.infer<typeof restoreBoardResponseSchema>;
