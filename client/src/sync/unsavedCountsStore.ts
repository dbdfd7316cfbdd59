import { isRecord, readStored, removeStored, writeStored } from '../device/localStore';

/**
 * How many local changes this device has made to a doc (keyed by its `docName`: a board doc's is
 * its board id), and how many of those the relay has confirmed are on disk. Kept in localStorage so a reload while offline still knows what is unsaved.
 */
export interface UnsavedCounts {
  local: number;
  acked: number;
}

const key = (name: string) => `washup:unsaved:${name}`;

function isCounts(value: unknown): value is UnsavedCounts {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.local) &&
    Number.isSafeInteger(value.acked) &&
    (value.local as number) >= 0 &&
    (value.acked as number) >= 0
  );
}

export function loadUnsavedCounts(name: string): UnsavedCounts {
  const stored = readStored(key(name), isCounts);
  if (!stored) return { local: 0, acked: 0 };
  return { local: stored.local, acked: Math.min(stored.acked, stored.local) };
}

export function saveUnsavedCounts(name: string, counts: UnsavedCounts): void {
  writeStored(key(name), counts);
}

export function forgetUnsavedCounts(name: string): void {
  removeStored(key(name));
}
