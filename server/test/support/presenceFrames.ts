import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageType } from '@washup/shared/sync';
import { readAwarenessEntries, writeAwarenessEntries, type AwarenessEntry } from '../../src/sync/awarenessEntries';

/** An awareness frame carrying these entries, their JSON sent as is so tests can send what no stock client would. */
export function presenceFrame(entries: AwarenessEntry[]): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, messageType.awareness);
  encoding.writeVarUint8Array(frame, writeAwarenessEntries(entries));
  return encoding.toUint8Array(frame);
}

/** The entries of an awareness frame the relay sent, or null for any other frame. */
export function readPresenceFrame(data: Uint8Array): Array<{ clientId: number; state: unknown }> | null {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== messageType.awareness) return null;
  return readAwarenessEntries(decoding.readVarUint8Array(decoder), Number.MAX_SAFE_INTEGER).map(({ clientId, json }) => ({
    clientId,
    state: JSON.parse(json) as unknown,
  }));
}

/** A presence state with arrays nested `depth` levels deep under `extra`: 2 bytes a level. */
export function nestedPresenceJson(depth: number): string {
  return `{"user":{"location":"room"},"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}
