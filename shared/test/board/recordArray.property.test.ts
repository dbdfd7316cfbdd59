import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RecordArray, type StoredEntry } from '../../src/board/recordArray';

/**
 * The incremental map against the simple rule it replaces: rebuilt from the whole array, the
 * rightmost pair of each key wins, and values that are not pairs are listed as malformed.
 */
function rebuilt(values: readonly unknown[]): { map: Map<string, unknown>; malformed: unknown[] } {
  const map = new Map<string, unknown>();
  const malformed: unknown[] = [];
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (typeof value !== 'object' || value === null || typeof (value as { key?: unknown }).key !== 'string') malformed.push(value);
    else if (!map.has((value as StoredEntry).key)) map.set((value as StoredEntry).key, value);
  }
  return { map, malformed };
}

const sortedMultiset = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).sort();

interface Peer {
  doc: Y.Doc;
  records: RecordArray;
}

function makePeer(clientId: number): Peer {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return { doc, records: new RecordArray(doc.getArray('cards')) };
}

function sync(from: Peer, to: Peer): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
}

type Op =
  | { kind: 'set'; peer: number; key: string; val: number }
  | { kind: 'delete'; peer: number; key: string }
  /** A writer that appends a pair without deleting the one it replaces (an older client, or a raw socket). */
  | { kind: 'rawPush'; peer: number; key: string; val: number }
  | { kind: 'malformed'; peer: number; value: null | number | string }
  | { kind: 'deleteAt'; peer: number; at: number }
  /** Several writes in one transaction, as BoardDoc.transact does. */
  | { kind: 'batch'; peer: number; keys: string[]; val: number }
  | { kind: 'sync'; from: number; to: number };

const peers = 3;
const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const peer = fc.integer({ min: 0, max: peers - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), peer, key, val: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant('delete' as const), peer, key }),
  fc.record({ kind: fc.constant('rawPush' as const), peer, key, val: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant('malformed' as const), peer, value: fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('deleteAt' as const), peer, at: fc.nat({ max: 12 }) }),
  fc.record({ kind: fc.constant('batch' as const), peer, keys: fc.array(key, { maxLength: 4 }), val: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant('sync' as const), from: peer, to: peer }),
);

function run(all: Peer[], step: Op): void {
  if (step.kind === 'sync') {
    if (step.from !== step.to) sync(all[step.from]!, all[step.to]!);
    return;
  }
  const { doc, records } = all[step.peer]!;
  const array = doc.getArray<unknown>('cards');
  switch (step.kind) {
    case 'set':
      records.set(step.key, step.val);
      return;
    case 'delete':
      records.delete(step.key);
      return;
    case 'rawPush':
      array.push([{ key: step.key, val: step.val }]);
      return;
    case 'malformed':
      array.push([step.value]);
      return;
    case 'deleteAt':
      if (step.at < array.length) array.delete(step.at, 1);
      return;
    case 'batch':
      doc.transact(() => step.keys.forEach((name, at) => records.set(name, step.val + at)));
      return;
  }
}

function expectFollowsTheRule({ doc, records }: Peer): void {
  const values = doc.getArray<unknown>('cards').toArray();
  const expected = rebuilt(values);
  expect(new Map([...records.map].map(([name, pair]) => [name, pair]))).toEqual(expected.map);
  // The very pairs in the array, not copies.
  for (const [name, pair] of records.map) expect(expected.map.get(name)).toBe(pair);
  expect(sortedMultiset(records.malformed)).toEqual(sortedMultiset(expected.malformed));
  // Every pair a later pair replaced has been deleted.
  const keys = values.flatMap((value) => (rebuilt([value]).map.size === 1 ? [(value as StoredEntry).key] : []));
  expect(new Set(keys).size).toBe(keys.length);
}

describe('RecordArray follows each change as a rebuild from the whole array would', () => {
  it('holds for random writes, raw appends, malformed values and deletes across three peers in any sync order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (steps) => {
        const all = Array.from({ length: peers }, (_, at) => makePeer(at + 1));
        for (const step of steps) {
          run(all, step);
          for (const each of all) expectFollowsTheRule(each);
        }
        // Fully synced, every peer settles on the same pairs.
        for (const from of all) for (const to of all) if (from !== to) sync(from, to);
        for (const from of all) for (const to of all) if (from !== to) sync(from, to);
        const first = all[0]!.records.map;
        for (const each of all) {
          expectFollowsTheRule(each);
          expect(new Map([...each.records.map].map(([name, pair]) => [name, pair.val]))).toEqual(new Map([...first].map(([name, pair]) => [name, pair.val])));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads an array written before it existed, settling duplicate keys the rightmost way', () => {
    const doc = new Y.Doc();
    const array = doc.getArray<unknown>('cards');
    array.push([{ key: 'a', val: 1 }, null, { key: 'b', val: 2 }, { key: 'a', val: 3 }, 7]);
    const records = new RecordArray(array);
    expect(records.map.get('a')?.val).toBe(3);
    expect(records.map.get('b')?.val).toBe(2);
    expect(sortedMultiset(records.malformed)).toEqual(sortedMultiset([null, 7]));
    expect(array.toArray()).toEqual([null, { key: 'b', val: 2 }, { key: 'a', val: 3 }, 7]);
  });
});
