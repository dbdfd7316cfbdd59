import * as Y from 'yjs';
import type { DecodedUpdate } from './decodedUpdate';

/**
 * Whether applying an update would change the doc: an item it does not have yet, or a deletion of
 * something not already deleted. A read-only client still answers the relay's sync step 1 with
 * whatever it holds (the stock provider always does), which is harmless when nothing in it is new.
 */
export function updateChangesDoc(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const done = deleted.clients.get(client) ?? [];
    if (ranges.some((range) => !covered(done, range.clock, range.len))) return true;
  }
  return false;
}

/** Whether sorted, merged deleted ranges cover [clock, clock + len). */
function covered(ranges: Array<{ clock: number; len: number }>, clock: number, len: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return false;
    if (clock < range.clock) high = middle - 1;
    else if (clock >= range.clock + range.len) low = middle + 1;
    else return clock + len <= range.clock + range.len;
  }
  return false;
}
