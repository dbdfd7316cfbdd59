import * as Y from 'yjs';
import type { DecodedUpdate } from './decodedUpdate';

/** Yjs does not export its DeleteSet class by name; this is what `decodeUpdate` returns as `ds`. */
export type DeleteSet = DecodedUpdate['ds'];

/**
 * Calls `visit` for each item the doc holds, not deleted yet, that the delete set deletes (all or
 * part of it: `values` is the deleted part of its content). Costs O(deleted ranges × log(doc)),
 * never a pass over the whole doc; ranges beyond what the doc holds are skipped.
 */
export function forEachNewlyDeletedItem(doc: Y.Doc, ds: DeleteSet, visit: (item: Y.Item, values: unknown[]) => void): void {
  for (const [client, ranges] of ds.clients) {
    const own = doc.store.clients.get(client);
    if (!own) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      const end = clock + len;
      for (let index = Y.findIndexSS(own, clock); index < own.length; index++) {
        const struct = own[index];
        if (!struct || struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const values: unknown[] = struct.content.getContent().slice(Math.max(0, clock - struct.id.clock), end - struct.id.clock);
        visit(struct, values);
      }
    }
  }
}
