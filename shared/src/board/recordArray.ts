import type * as Y from 'yjs';

/** A record as stored: `val` is whatever its writer sent (with the version it wrote at), read through the collection's kind by BoardDoc. */
export interface StoredEntry {
  key: string;
  val: unknown;
}

function isStoredEntry(value: unknown): value is StoredEntry {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * One collection as a Y.Array of `{ key, val }` pairs, laid out as y-utility's YKeyValue lays it
 * out (boards were written with it): a write appends a pair, the rightmost pair of a key is its
 * value, and the pairs it replaced are deleted, so the doc keeps only the latest write of each
 * record. Unlike YKeyValue it never throws on an entry that is not a pair (`null`, a number: kept
 * from before the relay checked writes); it leaves them in place and lists them in `malformed`.
 */
export class RecordArray {
  /** The current pair of each key. */
  readonly map = new Map<string, StoredEntry>();
  malformed: unknown[] = [];

  constructor(private readonly yarray: Y.Array<unknown>) {
    this.refresh();
    yarray.observe(() => this.refresh());
  }

  /** Rebuilds the map from the right and deletes the pairs a later pair of the same key replaced. */
  private refresh(): void {
    const entries = this.yarray.toArray();
    this.map.clear();
    this.malformed = [];
    // Collected from the right, so deleting them in this order leaves the other indices valid.
    const replaced: number[] = [];
    for (let index = entries.length - 1; index >= 0; index--) {
      const entry = entries[index];
      if (!isStoredEntry(entry)) this.malformed.push(entry);
      else if (this.map.has(entry.key)) replaced.push(index);
      else this.map.set(entry.key, entry);
    }
    if (replaced.length === 0) return;
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
    let index = 0;
    for (const entry of this.yarray) {
      if (isStoredEntry(entry) && entry.key === key) {
        this.yarray.delete(index, 1);
        return;
      }
      index += 1;
    }
  }
}
