import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's presence in an awareness update: its id, its clock, and its state as JSON text ("null" when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/**
 * Reads the y-protocols awareness update format (count, then id, clock and JSON per entry) without
 * parsing the JSON. An entry `wanted` turns down by its id and clock is stepped over with its text
 * undecoded: most presence a relay hears is a stock client's echo of what it sent, which it drops.
 */
export function readAwarenessEntries(update: Uint8Array, maxEntries: number, wanted: (clientId: number, clock: number) => boolean = () => true): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxEntries) throw new RangeError(`presence update of ${count} entries is over the ${maxEntries} limit`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (wanted(clientId, clock)) entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
    // A string is written as its UTF-8 bytes with their length first, as a byte array is: reading it as one skips it.
    else decoding.readVarUint8Array(decoder);
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
