import { describe, expect, it } from 'vitest';
import { createTLStore, defaultBindingUtils, defaultShapeUtils, PageRecordType, type IndexKey, type TLPageId, type TLRecord } from 'tldraw';
import { cardShapeId, cardShapeSize, cardShapeType } from '@washup/shared/canvas';
import { putAccepted } from '../src/canvas/putAccepted';
import { CardShapeUtil } from '../src/canvas/CardShapeUtil';

const pageId = 'page:page' as TLPageId;

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

describe('putting records a store may refuse', () => {
  it('puts the 1,497 good records of a batch of 1,500 into a real tldraw store and names the 3 it refuses', () => {
    const store = createTLStore({ shapeUtils: [...defaultShapeUtils, CardShapeUtil], bindingUtils: defaultBindingUtils });
    store.put([PageRecordType.create({ id: pageId, name: 'Page 1', index: 'a1' as IndexKey })]);
    const records = Array.from({ length: 1500 }, (_, n) => cardShape(n));
    // A fraction ending in 0 (the old bench's copies), a size that is not a number, a shape tldraw does not know.
    const bad = [cardShape(7, { index: 'as0' }), cardShape(700, { props: { cardId: 'c700', w: 'wide', h: 1 } }), cardShape(1499, { type: 'sticker' })];
    for (const record of bad) records[Number(record.id.replace(/\D/g, ''))] = record;

    let refused: TLRecord[] = [];
    store.mergeRemoteChanges(() => {
      refused = putAccepted(records, (batch) => store.put(batch));
    });

    expect(refused.map((record) => record.id)).toEqual(bad.map((record) => record.id));
    const shapes = store.allRecords().filter((record) => record.typeName === 'shape');
    expect(shapes).toHaveLength(1497);
    expect(bad.some((record) => store.has(record.id))).toBe(false);
  });

  it('finds 3 bad records in 1,500 in a few dozen puts, not one put per record', () => {
    const records = Array.from({ length: 1500 }, (_, n) => n);
    const badOnes = new Set([3, 750, 1499]);
    const stored: number[] = [];
    let puts = 0;
    const refused = putAccepted(records, (batch) => {
      puts += 1;
      if (batch.some((n) => badOnes.has(n))) throw new Error('refused');
      stored.push(...batch);
    });
    expect(refused).toEqual([3, 750, 1499]);
    expect(stored.sort((a, b) => a - b)).toEqual(records.filter((n) => !badOnes.has(n)));
    // Each bad record costs at most two puts per halving (its half refused, the other half put).
    expect(puts).toBeLessThanOrEqual(1 + badOnes.size * 2 * Math.ceil(Math.log2(records.length)));
  });

  it('puts a clean batch at once, and nothing for no records', () => {
    const batches: number[][] = [];
    expect(putAccepted([1, 2, 3], (batch) => batches.push(batch))).toEqual([]);
    expect(putAccepted([], (batch) => batches.push(batch))).toEqual([]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('leaves out every record when the store refuses them all', () => {
    expect(
      putAccepted(['a', 'b', 'c'], () => {
        throw new Error('refused');
      }),
    ).toEqual(['a', 'b', 'c']);
  });
});
