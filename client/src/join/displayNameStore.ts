import { readStored, writeStored } from '../device/localStore';

const key = 'washup:displayName';
const isString = (value: unknown): value is string => typeof value === 'string';

/** The name this person last joined a board with, offered again next time. */
export function loadDisplayName(): string {
  return readStored(key, isString) ?? '';
}

export function saveDisplayName(name: string): void {
  writeStored(key, name);
}
