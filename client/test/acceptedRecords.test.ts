import { describe, expect, it } from 'vitest';
import { createTLStore, defaultBindingUtils, defaultShapeUtils, PageRecordType, type IndexKey, type TLPageId, type TLRecord, type TLStore } from 'tldraw';
import { cardShapeId, cardShapeSize, cardShapeType } from '@washup/shared/canvas';
import { acceptedRecords } from '../src/canvas/acceptedRecords';
import { CardShapeUtil } from '../src/canvas/CardShapeUtil';

const pageId = 'page:page' as TLPageId;

/** A real tldraw store with the canvas's shapes, as the Canvas tab makes it, holding a page. */
function canvasStore(): TLStore {
  const store = createTLStore({ shapeUtils: [...defaultShapeUtils, CardShapeUtil], bindingUtils: defaultBindingUtils });
  store.put([PageRecordType.create({ id: pageId, name: 'Page 1', index: 'a1' as IndexKey })]);
  return store;
}

/** A card shape as the canvas stores it; `index` a fractional index as tldraw makes them. */
function cardShape(n: number, change: Record<string, unknown> = {}): TLRecord {
  const cardId = `c${n}`;
  return {
    id: cardShapeId(cardId),
    typeName: 'shape',
    type: cardShapeType,
    parentId: pageId,
    index: `a1${n.toString(36).padStart(4, '0')}V`,
    x: n * 10,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { cardId, ...cardShapeSize },
    ...change,
  } as unknown as TLRecord;
}

/** Records as a remote change brings them: 1,500 card shapes, of which 3 are ones tldraw refuses. */
function batchWithThreeBad(): { records: TLRecord[]; bad: TLRecord[] } {
  const records = Array.from({ length: 1500 }, (_, n) => cardShape(n));
  // A fraction ending in 0 (the bench's old copies), a size that is not a number, a shape tldraw does not know.
  const bad = [cardShape(7, { index: 'as0' }), cardShape(700, { props: { cardId: 'c700', w: 'wide', h: 1 } }), cardShape(1499, { type: 'sticker' })];
  for (const [position, record] of [7, 700, 1499].entries()) records[record] = bad[position] as TLRecord;
  return { records, bad };
}

describe('records tldraw accepts from a remote change', () => {
  it('names the 3 records of 1,500 that a real tldraw store refuses, and the 1,497 others go in and are heard', () => {
    const store = canvasStore();
    const { records, bad } = batchWithThreeBad();
    const heard = new Set<string>();
    store.listen(({ changes }) => Object.keys(changes.added).filter((id) => id.startsWith('shape:')).forEach((id) => heard.add(id)));

    const { accepted, refused } = acceptedRecords(store, records);
    expect(refused.map((record) => record.id)).toEqual(bad.map((record) => record.id));
    store.mergeRemoteChanges(() => store.put(accepted));

    expect(store.allRecords().filter((record) => record.typeName === 'shape')).toHaveLength(1497);
    expect(bad.some((record) => store.has(record.id))).toBe(false);
    // What the editor draws follows the store's history: every record put must be in it.
    expect(heard.size).toBe(1497);
  });

  it('checks a change of a stored record against the stored one', () => {
    const store = canvasStore();
    store.put([cardShape(1)]);
    const { accepted, refused } = acceptedRecords(store, [cardShape(1, { x: 500 }), cardShape(1, { props: { cardId: 'c1', w: 'wide', h: 1 } })]);
    expect(accepted.map((record) => (record as unknown as { x: number }).x)).toEqual([500]);
    expect(refused).toHaveLength(1);
  });

  it('accepts a clean batch whole and refuses nothing, and has nothing to say of no records', () => {
    const store = canvasStore();
    const records = [cardShape(1), cardShape(2)];
    expect(acceptedRecords(store, records)).toEqual({ accepted: records, refused: [] });
    expect(acceptedRecords(store, [])).toEqual({ accepted: [], refused: [] });
  });
});
