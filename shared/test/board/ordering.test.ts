import fc from 'fast-check';
import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { compareOrdered, placeAmong, type OrderedItem, type SiblingPosition } from '../../src/board/ordering';

const list = (...ids: string[]): OrderedItem[] => {
  const keys = generateNKeysBetween(null, null, ids.length);
  return ids.map((id, at) => ({ id, order: keys[at] ?? '' }));
};

/** The list after applying a plan for `itemId`, sorted as the view sorts it. */
function applied(siblings: readonly OrderedItem[], itemId: string, position: SiblingPosition): string[] {
  const plan = placeAmong(siblings, [itemId], position);
  const rekeyed = new Map(plan.rekeyed.map((item) => [item.id, item.order]));
  return siblings
    .filter((item) => item.id !== itemId)
    .map((item) => ({ id: item.id, order: rekeyed.get(item.id) ?? item.order }))
    .concat({ id: itemId, order: plan.orders[0] ?? '' })
    .sort(compareOrdered)
    .map((item) => item.id);
}

describe('compareOrdered', () => {
  it('sorts by key, then by id when two peers produced the same key', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'z', order: 'a0' },
      { id: 'a', order: 'a1' },
    ];
    expect(items.sort(compareOrdered).map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });

  it('compares by code unit, not locale (upper case sorts before lower case)', () => {
    expect(compareOrdered({ id: 'x', order: 'a0V' }, { id: 'y', order: 'a0a' })).toBeLessThan(0);
  });
});

describe('placeAmong', () => {
  const abc = list('a', 'b', 'c');

  it.each<[SiblingPosition, string[]]>([
    ['start', ['x', 'a', 'b', 'c']],
    ['end', ['a', 'b', 'c', 'x']],
    [{ index: 1 }, ['a', 'x', 'b', 'c']],
    [{ index: 99 }, ['a', 'b', 'c', 'x']],
    [{ index: -3 }, ['x', 'a', 'b', 'c']],
    [{ index: Number.NaN }, ['a', 'b', 'c', 'x']],
    [{ before: 'b' }, ['a', 'x', 'b', 'c']],
    [{ after: 'b' }, ['a', 'b', 'x', 'c']],
    [{ after: 'c' }, ['a', 'b', 'c', 'x']],
    [{ before: 'gone' }, ['a', 'b', 'c', 'x']],
  ])('puts a new item at %j', (position, expected) => {
    expect(applied(abc, 'x', position)).toEqual(expected);
    expect(placeAmong(abc, ['x'], position).rekeyed).toEqual([]);
  });

  it('moves an item within its own list, the index counting the others', () => {
    expect(applied(abc, 'a', { index: 2 })).toEqual(['b', 'c', 'a']);
    expect(applied(abc, 'c', 'start')).toEqual(['c', 'a', 'b']);
    expect(applied(abc, 'a', { after: 'b' })).toEqual(['b', 'a', 'c']);
  });

  it('leaves an item dropped next to itself where it is', () => {
    expect(applied(abc, 'b', { before: 'b' })).toEqual(['a', 'b', 'c']);
    expect(applied(abc, 'b', { after: 'b' })).toEqual(['a', 'b', 'c']);
  });

  it('places several items together, in the order given', () => {
    const plan = placeAmong(abc, ['y', 'x'], { after: 'a' });
    const [y = '', x = ''] = plan.orders;
    expect(y < x).toBe(true);
    expect(abc[0]!.order < y && x < abc[1]!.order).toBe(true);
  });

  it('re-keys the tied run when inserting between two items that share a key', () => {
    const tied = [
      { id: 'a', order: 'a0' },
      { id: 'p', order: 'a1' },
      { id: 'q', order: 'a1' },
      { id: 'r', order: 'a1' },
      { id: 'z', order: 'a2' },
    ];
    expect(applied(tied, 'x', { after: 'p' })).toEqual(['a', 'p', 'x', 'q', 'r', 'z']);
    expect(placeAmong(tied, ['x'], { after: 'p' }).rekeyed.map((item) => item.id)).toEqual(['q', 'r']);
    expect(applied(tied, 'x', { after: 'r' })).toEqual(['a', 'p', 'q', 'r', 'x', 'z']);
    expect(placeAmong(tied, ['x'], { after: 'r' }).rekeyed).toEqual([]);
  });

  it('renumbers a list holding a malformed key instead of refusing the move', () => {
    const broken = [
      { id: 'a', order: 'a0' },
      { id: 'b', order: '!!' },
      { id: 'c', order: 'a5' },
    ];
    const sortedIds = [...broken].sort(compareOrdered).map((item) => item.id);
    const placed = applied(broken, 'x', { index: 1 });
    expect(placed).toEqual([sortedIds[0], 'x', ...sortedIds.slice(1)]);
  });

  it('lands the item exactly at the requested index, whatever the keys (ties included)', () => {
    const orderKeys = fc.constantFrom('a0', 'a1', 'a1', 'a2', 'a3', 'a3V', 'Zz', 'b00', 'not a key');
    const siblings = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-f]{1,3}$/), order: orderKeys }), {
      selector: (item) => item.id,
      maxLength: 8,
    });
    fc.assert(
      fc.property(siblings, fc.nat(10), (items, index) => {
        const result = applied(items, 'item', { index });
        expect(result.indexOf('item')).toBe(Math.min(index, items.length));
        const others = [...items].sort(compareOrdered).map((item) => item.id);
        expect(result.filter((id) => id !== 'item')).toEqual(others);
      }),
      { numRuns: 300 },
    );
  });
});
