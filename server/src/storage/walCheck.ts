import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const headerBytes = 32;
const frameHeaderBytes = 24;

/**
 * SQLite's WAL checksum (https://www.sqlite.org/fileformat.html#checksum_algorithm): running sums
 * over 32-bit words, in the byte order the file's magic number names.
 */
function checksum(data: Uint8Array, bigEndian: boolean, start: [number, number]): [number, number] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let [s0, s1] = start;
  for (let i = 0; i < data.byteLength; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * Whether a write-ahead log lost committed transactions to damage. SQLite replays frames up to the
 * first one whose checksum fails and silently ignores the rest; after a crash that is only the
 * half-written last transaction. So the log counts as damaged when, after a failing frame, at
 * least two more commits of the same log generation (same salts) follow: those were complete,
 * fsynced and acknowledged before the damage. A damaged header hides every frame, so a header
 * that fails its checksum with anything after it counts as damage too. Damage inside the very
 * last commit cannot be told from a crash mid-write and is not reported.
 */
export function walLosesCommits(walFile: string): boolean {
  const fd = openSync(walFile, 'r');
  try {
    const header = new Uint8Array(headerBytes);
    if (readSync(fd, header, 0, headerBytes, 0) < headerBytes) return false;
    const view = new DataView(header.buffer);
    const magic = view.getUint32(0);
    const pageSize = view.getUint32(8);
    const bigEndian = magic === 0x377f0683;
    let sums = checksum(header.subarray(0, 24), bigEndian, [0, 0]);
    const headerValid =
      (magic === 0x377f0682 || bigEndian) && pageSize >= 512 && (pageSize & (pageSize - 1)) === 0 &&
      sums[0] === view.getUint32(24) && sums[1] === view.getUint32(28);
    if (!headerValid) return fstatSync(fd).size > headerBytes;

    const frame = new Uint8Array(frameHeaderBytes + pageSize);
    const frameView = new DataView(frame.buffer);
    let broken = false;
    let commitsAfterBreak = 0;
    for (let offset = headerBytes; readSync(fd, frame, 0, frame.byteLength, offset) === frame.byteLength; offset += frame.byteLength) {
      const sameGeneration = frameView.getUint32(8) === view.getUint32(16) && frameView.getUint32(12) === view.getUint32(20);
      if (!broken) {
        sums = checksum(frame.subarray(frameHeaderBytes), bigEndian, checksum(frame.subarray(0, 8), bigEndian, sums));
        broken = !sameGeneration || sums[0] !== frameView.getUint32(16) || sums[1] !== frameView.getUint32(20);
      } else if (sameGeneration && frameView.getUint32(4) !== 0) {
        commitsAfterBreak++;
      }
    }
    return commitsAfterBreak >= 2;
  } finally {
    closeSync(fd);
  }
}
