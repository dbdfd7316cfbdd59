import * as Y from 'yjs';

/** A record as stored: `val` is whatever its writer sent (with the version it wrote at), read through the collection's kind by BoardDoc. */
export interface StoredEntry {
  key: string;
  val: unknown;
}

function isStoredEntry(value: unknown): value is StoredEntry {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/** Calls `visit` with every value the array holds now and its index, left to right, without copying the array, until `visit` returns true. */
function forEachValue(yarray: Y.Array<unknown>, visit: (value: unknown, index: number) => boolean | void): boolean {
  let index = 0;
  for (let item = yarray._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    for (const value of item.content.getContent()) if (visit(value, index++) === true) return true;
  }
  return false;
}

/**
 * Whether some pair the array holds passes `test`, looked at without building a RecordArray (which
 * sorts out which pair of a record is the latest): every pair counts, a replaced one too.
 */
export function someStoredEntry(yarray: Y.Array<unknown>, test: (entry: StoredEntry) => boolean): boolean {
  return forEachValue(yarray, (value) => isStoredEntry(value) && test(value));
}

/** The values of `item` from `clock` on (an item may start before the part of it a transaction touched). */
function valuesFrom(item: Y.Item, clock: number): unknown[] {
  const values: unknown[] = item.content.getContent();
  return clock > item.id.clock ? values.slice(clock - item.id.clock) : values;
}

/** What one transaction did to the array: the values it added (still there) and the values it removed (there before). */
interface ArrayChange {
  added: unknown[];
  removed: unknown[];
}

/**
 * Read from the transaction's own record of what it wrote (the clocks it advanced and its delete
 * set), so the cost follows the size of the change, never the size of the array.
 */
function changeOf(yarray: Y.Array<unknown>, transaction: Y.Transaction): ArrayChange {
  const added: unknown[] = [];
  const removed: unknown[] = [];
  const store = transaction.doc.store;
  const isNew = (item: Y.Item) => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let at = Y.findIndexSS(structs, before); at < structs.length; at++) {
      const struct = structs[at];
      if (struct === undefined || struct.id.clock >= after) break;
      if (struct instanceof Y.Item && struct.parent === yarray && !struct.deleted && struct.countable) added.push(...valuesFrom(struct, before));
    }
  }
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.parent === yarray && struct.countable && !isNew(struct)) removed.push(...struct.content.getContent());
  });
  return { added, removed };
}

/**
 * One collection as a Y.Array of `{ key, val }` pairs, laid out as y-utility's YKeyValue lays it
 * out (boards were written with it): a write appends a pair, the rightmost pair of a key is its
 * value, and the pairs it replaced are deleted, so the doc keeps only the latest write of each
 * record. Unlike YKeyValue it never throws on an entry that is not a pair (`null`, a number: kept
 * from before the relay checked writes); it leaves them in place and lists them in `malformed`.
 *
 * The map follows each transaction's own changes rather than being rebuilt from the whole array:
 * on a board of thousands of cards, one card's move costs one pair. Only a key left with two
 * pairs at once (peers writing the same record concurrently) is settled by walking the array.
 */
export class RecordArray {
  /** The current pair of each key. */
  readonly map = new Map<string, StoredEntry>();
  /** Every pair of each key still in the array: one, except while concurrent writes of a key are settled. */
  private readonly pairs = new Map<string, StoredEntry[]>();
  malformed: unknown[] = [];

  constructor(private readonly yarray: Y.Array<unknown>) {
    const keys = new Set<string>();
    forEachValue(yarray, (value) => {
      if (this.add(value)) keys.add((value as StoredEntry).key);
    });
    this.settle(keys);
    yarray.observe((event) => this.follow(event.transaction));
  }

  /** Counts a value in; returns whether it is a pair. */
  private add(value: unknown): boolean {
    if (!isStoredEntry(value)) {
      this.malformed.push(value);
      return false;
    }
    const pairs = this.pairs.get(value.key);
    if (pairs) pairs.push(value);
    else this.pairs.set(value.key, [value]);
    return true;
  }

  private remove(value: unknown): void {
    if (!isStoredEntry(value)) {
      const at = this.malformed.findIndex((kept) => Object.is(kept, value));
      if (at >= 0) this.malformed.splice(at, 1);
      return;
    }
    const pairs = this.pairs.get(value.key)?.filter((pair) => pair !== value);
    if (pairs?.length) this.pairs.set(value.key, pairs);
    else this.pairs.delete(value.key);
  }

  private follow(transaction: Y.Transaction): void {
    const { added, removed } = changeOf(this.yarray, transaction);
    const keys = new Set<string>();
    for (const value of removed) {
      this.remove(value);
      if (isStoredEntry(value)) keys.add(value.key);
    }
    for (const value of added) if (this.add(value)) keys.add((value as StoredEntry).key);
    this.settle(keys);
  }

  /**
   * Sets the map's pair for each key, and deletes the pairs a later pair of the same key replaced.
   * A key with one pair needs no looking; for several, the array is walked once for their places.
   */
  private settle(keys: ReadonlySet<string>): void {
    const contested = new Set<string>();
    for (const key of keys) {
      const pairs = this.pairs.get(key);
      if (!pairs) this.map.delete(key);
      else if (pairs.length === 1) this.map.set(key, pairs[0]!);
      else contested.add(key);
    }
    if (contested.size === 0) return;
    const rightmost = new Map<string, { pair: StoredEntry; index: number }>();
    const replaced: number[] = [];
    forEachValue(this.yarray, (value, index) => {
      if (!isStoredEntry(value) || !contested.has(value.key)) return;
      const previous = rightmost.get(value.key);
      if (previous) replaced.push(previous.index);
      rightmost.set(value.key, { pair: value, index });
    });
    for (const [key, { pair }] of rightmost) {
      this.map.set(key, pair);
      this.pairs.set(key, [pair]);
    }
    // From the right, so deleting them in this order leaves the other indices valid.
    replaced.sort((a, b) => b - a);
    this.transact(() => {
      for (const index of replaced) this.yarray.delete(index, 1);
    });
  }

  private transact(change: () => void): void {
    const doc = this.yarray.doc;
    if (doc) doc.transact(change);
    else change();
  }

  set(key: string, val: unknown): void {
    this.transact(() => {
      if (this.map.has(key)) this.delete(key);
      this.yarray.push([{ key, val }]);
    });
  }

  /** Deletes the leftmost pair of `key`, as YKeyValue does (inside a transaction, the pair that transaction pushed). */
  delete(key: string): void {
    let found = -1;
    forEachValue(this.yarray, (value, index) => {
      if (found < 0 && isStoredEntry(value) && value.key === key) found = index;
    });
    if (found >= 0) this.yarray.delete(found, 1);
  }
}
