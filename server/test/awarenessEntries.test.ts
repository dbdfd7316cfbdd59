import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readAwarenessEntries, writeAwarenessEntries } from '../src/sync/awarenessEntries';

const entries = [
  { clientId: 1, clock: 4, json: '{"user":{"location":"hall"}}' },
  { clientId: 2, clock: 9, json: '{"cursor":[1,2]}' },
  { clientId: 3, clock: 1, json: 'null' },
];

describe('readAwarenessEntries', () => {
  it('reads back what writeAwarenessEntries wrote', () => {
    expect(readAwarenessEntries(writeAwarenessEntries(entries), 10)).toEqual(entries);
  });

  it('steps over the entries it is told are not wanted and reads the rest', () => {
    const wanted = readAwarenessEntries(writeAwarenessEntries(entries), 10, (clientId, clock) => clientId !== 2 || clock > 9);
    expect(wanted).toEqual([entries[0], entries[2]]);
  });

  it('steps over an unwanted entry whose text is not UTF-8 without decoding it', () => {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 2);
    encoding.writeVarUint(update, 7);
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint8Array(update, new Uint8Array([0xff, 0xfe, 0xc3]));
    encoding.writeVarUint(update, 8);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, '{}');
    expect(readAwarenessEntries(encoding.toUint8Array(update), 10, (clientId) => clientId !== 7)).toEqual([{ clientId: 8, clock: 1, json: '{}' }]);
  });

  it('refuses an update over the entry limit before reading an entry', () => {
    expect(() => readAwarenessEntries(writeAwarenessEntries(entries), 2)).toThrow(/3 entries is over the 2 limit/);
  });

  it('refuses an update whose last text claims more bytes than it holds, even inside a larger buffer', () => {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, 5);
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, 1000);
    encoding.writeVarString(update, 'short');
    const bytes = encoding.toUint8Array(update);
    // As a frame's payload: a view into the frame, with more bytes after it in the same buffer.
    const frame = new Uint8Array(bytes.length + 2000);
    frame.set(bytes, 1);
    const payload = frame.subarray(1, 1 + bytes.length);
    // Skipped or read, the text is checked against the update's own end, not its buffer's.
    expect(() => readAwarenessEntries(payload, 10, () => false)).toThrow(/Unexpected end of array/);
    expect(() => readAwarenessEntries(payload, 10)).toThrow(/Unexpected end of array/);
  });
});
