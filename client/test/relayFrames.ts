import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { messageType } from '@washup/shared/sync';

/** What a frame the client sent is: a sync message by its sub-type, an ack request with its marker, or another type. */
export function describeFrame(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === messageType.sync) {
    const syncType = decoding.readVarUint(decoder);
    return ['sync-step-1', 'sync-step-2', 'update'][syncType] ?? `sync-${syncType}`;
  }
  if (type === messageType.ackRequest) return `ack-request:${decoding.readVarUint(decoder)}`;
  if (type === messageType.awareness) return 'awareness';
  return `type-${type}`;
}

export function serverStep1(serverDoc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeSyncStep1(encoder, serverDoc);
  return encoding.toUint8Array(encoder);
}
