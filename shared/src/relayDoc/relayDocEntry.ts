import type { z } from 'zod';
import { versionedKind, type Migration, type VersionedKind } from '../records/versionedKind';

/**
 * One key of the relay doc with the one kind of value stored under it: its schema, its version and
 * the migrations that bring older values up to it. Readers and the relay go through the entry, so
 * a key is never paired with a type by hand.
 */
export interface RelayDocEntry<T extends object> extends VersionedKind<T> {
  key: string;
}

export function relayDocEntry<T extends object>(definition: {
  key: string;
  label: string;
  schema: z.ZodType<T>;
  migrations?: readonly Migration[];
}): RelayDocEntry<T> {
  return { key: definition.key, ...versionedKind(definition) };
}
