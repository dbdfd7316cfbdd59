import * as Y from 'yjs';
import { readVersioned, stampVersion, type VersionedReading } from '../records/readVersioned';
import type { RelayDocEntry } from './relayDocEntry';

/** A relay doc value that was not read: its key and what is wrong with it. */
export interface UnreadableEntry {
  key: string;
  problem: string;
}

/**
 * The relay doc: session state (Council, PSTB, votes) that only the relay writes (clients sync it
 * read-only). Each entry is one whole JSON value under a key of the `session` map, so a reader
 * never sees half a transition. Values are read through their entry (migrated, then validated) and
 * written with the entry's version; one that does not read is reported to `onUnreadable` and read
 * as absent, so a view or the relay carries on without it.
 */
export class RelayDoc {
  readonly doc: Y.Doc;
  /**
   * The last value read under each key and its reading: values are replaced whole, never changed in
   * place, so a value is read (and reported) once, and a view that reads it again gets the same
   * object back.
   */
  private readonly readings = new Map<string, { stored: unknown; reading: VersionedReading<object> }>();

  constructor(
    doc: Y.Doc = new Y.Doc(),
    private readonly onUnreadable: (unreadable: UnreadableEntry) => void = () => undefined,
  ) {
    this.doc = doc;
  }

  private get map(): Y.Map<unknown> {
    return this.doc.getMap('session');
  }

  read<T extends object>(entry: RelayDocEntry<T>): T | undefined {
    const reading = this.reading(entry);
    return reading?.ok ? reading.value : undefined;
  }

  /**
   * The stored value's reading, for a writer: undefined when nothing is stored, a problem when what
   * is stored does not read. A writer must not replace a value it could not read (one written by a
   * newer relay, say), or it would lose what was saved.
   */
  reading<T extends object>(entry: RelayDocEntry<T>): VersionedReading<T> | undefined {
    const stored = this.map.get(entry.key);
    if (stored === undefined) return undefined;
    const last = this.readings.get(entry.key);
    if (last?.stored === stored) return last.reading as VersionedReading<T>;
    const reading = readVersioned(entry, stored);
    this.readings.set(entry.key, { stored, reading });
    if (!reading.ok) this.onUnreadable({ key: entry.key, problem: reading.problem });
    return reading;
  }

  write<T extends object>(entry: RelayDocEntry<T>, value: T): void {
    this.map.set(entry.key, stampVersion(entry, value));
  }
}
