import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { versionedKind } from '../records/versionedKind';
import { laneIdSchema, type LaneId } from '../templates/schema';
import { canvasAssetIdSchema, canvasAssetPathPattern } from './canvasImages';

/**
 * The canvas lives in the board doc beside the board's records: `canvasRoots.records` is a keyed
 * collection (a RecordArray of `{ key, val }` pairs, like the board's) of tldraw's document records
 * (shapes, bindings, pages, the document), `canvasRoots.meta` a map holding the tldraw schema the
 * records were written with and whether the Lead Reviewer locked the canvas.
 */
export const canvasRoots = { records: 'canvas', meta: 'canvasMeta' } as const;
export const canvasMetaKeys = { schema: 'schema', lock: 'lock', reportImage: 'reportImage' } as const;

/** The custom shape of an evidence card: it stores the card's id and its size, never its words. */
export const cardShapeType = 'washup-card';
export const cardShapeSize = { w: 220, h: 132 } as const;

/** A stored canvas record may be at most this big (a long freehand stroke fits) and this deep. */
export const canvasRecordBounds = { maxDepth: 10, maxChars: 131_072 } as const;

/**
 * The kinds of tldraw record the board keeps: the canvas itself, and image assets whose bytes the
 * relay stores (canvasImages.ts): the record holds only their path, since pictures inside the doc
 * would make it too big to sync on school wifi. tldraw's own user record stays on the device:
 * people are Washup's presence.
 */
export const storedCanvasTypeNames = ['document', 'page', 'shape', 'binding', 'asset'] as const;
const typeNames = storedCanvasTypeNames;
const canvasRecordIdSchema = z.string().regex(/^(document|page|shape|binding|asset):[A-Za-z0-9_-]{1,100}$/, 'is no canvas record id');

/** An image asset's props as far as the relay cares: its bytes are the relay's own (or not uploaded yet: empty). */
const imageAssetPropsSchema = z.looseObject({ src: z.union([z.literal(''), z.null(), z.string().regex(canvasAssetPathPattern)]) });
const coordinate = z.number().finite().min(-1e7).max(1e7);
const extent = z.number().finite().positive().max(1e5);

/** Where a heading's lane is drawn on the canvas: a tldraw frame whose meta names them. */
export const laneFrameMetaSchema = z.object({ headingId: recordIdSchema, lane: laneIdSchema });
export type LaneFrameMeta = z.infer<typeof laneFrameMetaSchema>;
export const laneFrameMetaKey = 'washupLane';

const cardShapePropsSchema = z.strictObject({ cardId: recordIdSchema, w: extent, h: extent });

/** The fields of a tldraw record the relay checks; tldraw's own validators check the rest when a device reads it. */
const recordEnvelopeSchema = z.looseObject({
  id: canvasRecordIdSchema,
  typeName: z.enum(typeNames),
  x: coordinate.optional(),
  y: coordinate.optional(),
  type: z.string().max(60).optional(),
  props: z.record(z.string(), z.unknown()).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

/** A tldraw document record as Washup stores it: the relay does not know tldraw's types, only this envelope. */
export type CanvasRecord = z.infer<typeof recordEnvelopeSchema>;

export function cardShapeId(cardId: string): string {
  return `shape:card-${cardId}`;
}

export function laneFrameId(headingId: string, lane: LaneId): string {
  return `shape:lane-${headingId}-${lane}`;
}

const canvasRecordSchema = recordEnvelopeSchema
  .refine((record) => record.id.startsWith(`${record.typeName}:`), { message: 'its id does not start with its type name', path: ['id'] })
  .superRefine((record, context) => {
    if (record.typeName === 'asset') {
      if (record.type !== 'image') context.addIssue({ code: 'custom', message: 'is no image asset (the board keeps pictures only)', path: ['type'] });
      else if (!imageAssetPropsSchema.safeParse(record.props).success) context.addIssue({ code: 'custom', message: "is a picture not stored by the board's relay", path: ['props', 'src'] });
      return;
    }
    if (record.typeName !== 'shape') return;
    if (record.type === cardShapeType) {
      const props = cardShapePropsSchema.safeParse(record.props);
      if (!props.success) context.addIssue({ code: 'custom', message: 'is no card shape (cardId, w, h)', path: ['props'] });
      else if (record.id !== cardShapeId(props.data.cardId)) context.addIssue({ code: 'custom', message: "is not its card's one shape", path: ['id'] });
    }
    const laneMeta = record.meta?.[laneFrameMetaKey];
    if (laneMeta === undefined) return;
    const lane = laneFrameMetaSchema.safeParse(laneMeta);
    if (record.type !== 'frame' || !lane.success) context.addIssue({ code: 'custom', message: 'is no lane frame', path: ['meta'] });
    else if (record.id !== laneFrameId(lane.data.headingId, lane.data.lane)) context.addIssue({ code: 'custom', message: "is not its lane's one frame", path: ['id'] });
  });

/** One entry of the canvas collection: the record, wrapped so Washup's version field stays out of tldraw's record. */
export const canvasEntryKind = versionedKind({
  label: 'canvas record',
  schema: z.object({ record: canvasRecordSchema }),
});

/** tldraw's own serialized schema (`store.schema.serialize()`): which migrations the stored records have had. */
export const canvasSchemaKind = versionedKind({
  label: 'canvas schema',
  schema: z.object({
    tldraw: z.object({
      schemaVersion: z.literal(2),
      sequences: z.record(z.string().max(120), z.number().int().nonnegative()).refine((sequences) => Object.keys(sequences).length <= 200, 'has too many sequences'),
    }),
  }),
});
export type StoredCanvasSchema = z.infer<typeof canvasSchemaKind.schema>['tldraw'];

/** The Lead Reviewer's lock: while set, only they change the canvas. */
export const canvasLockKind = versionedKind({ label: 'canvas lock', schema: z.object({ locked: z.boolean() }) });

/**
 * The canvas's image the Lead Reviewer put into the report: a PNG stored by the relay as an asset
 * of the board (its pixel size, for the page). PNG, not SVG: Word, print and every Markdown viewer
 * show it alike; the SVG stays a download of the canvas.
 */
export const canvasReportImageKind = versionedKind({
  label: 'canvas image in the report',
  schema: z.object({
    assetId: canvasAssetIdSchema,
    w: z.number().int().positive().max(100_000),
    h: z.number().int().positive().max(100_000),
    putAt: z.number().int().nonnegative(),
  }),
});
export type CanvasReportImage = z.infer<typeof canvasReportImageKind.schema>;
