import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's presence in an awareness update: its id, its clock, and its state as JSON text ("null" when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** Reads the y-protocols awareness update format (count, then id, clock and JSON per entry) without parsing the JSON. */
export function readAwarenessEntries(update: Uint8Array, maxEntries: number): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxEntries) throw new RangeError(`presence update of ${count} entries is over the ${maxEntries} limit`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
  }
  return entries;
}

export function writeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
