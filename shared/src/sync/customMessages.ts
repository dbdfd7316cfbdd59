import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageType } from './messageTypes';

/** Washup's own frames beside the y-websocket protocol. Each is the type, then one number. */

export function encodeAckRequest(marker: number): Uint8Array {
  return encodeNumbered(messageType.ackRequest, marker);
}

export function encodeAck(marker: number): Uint8Array {
  return encodeNumbered(messageType.ack, marker);
}

export function encodeTimeRequest(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.timeRequest);
  return encoding.toUint8Array(encoder);
}

export function encodeServerTime(now: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.serverTime);
  encoding.writeFloat64(encoder, now);
  return encoding.toUint8Array(encoder);
}

/** Reads the marker of an ack or ack request whose type has already been read. */
export function readMarker(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}

/** Reads the time of a serverTime message whose type has already been read. */
export function readServerTime(decoder: decoding.Decoder): number {
  return decoding.readFloat64(decoder);
}

function encodeNumbered(type: number, value: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}
