import type * as Y from 'yjs';
import { RelayDoc, type RelayDocEntry, type UnreadableEntry } from '@washup/shared/relayDoc';
import { Refused } from '../refusals/refused';
import type { RoomRegistry } from '../sync/roomRegistry';

/** Told about a stored value that did not read (a newer version, a failed migration, a schema failure); it reads as absent. */
export type OnUnreadableEntry = (boardId: string, unreadable: UnreadableEntry) => void;

/**
 * Reads and writes the relay doc of a board, one typed entry at a time. An update runs its
 * read-modify-write in one synchronous step on the loaded room, so two commands for one board
 * never interleave, and it resolves once the new state is durable.
 */
export class RelayDocStore {
  constructor(
    private readonly rooms: RoomRegistry,
    private readonly onUnreadable: OnUnreadableEntry,
  ) {}

  private relayDocOf(boardId: string, doc: Y.Doc): RelayDoc {
    return new RelayDoc(doc, (unreadable) => this.onUnreadable(boardId, unreadable));
  }

  read<T extends object>(boardId: string, entry: RelayDocEntry<T>): Promise<T | undefined> {
    return this.rooms.withRoom({ boardId, kind: 'relay' }, (room) => this.relayDocOf(boardId, room.doc).read(entry));
  }

  /**
   * Returning the value `change` was given, or `undefined`, means "nothing changed" and writes
   * nothing: a tick that expired nothing, or found no session, leaves the doc alone. A stored value
   * that does not read (written by a newer relay, or damaged) is refused rather than replaced, so
   * nothing saved is lost: the operator upgrades this relay or restores the board.
   */
  update<T extends object, R>(
    boardId: string,
    entry: RelayDocEntry<T>,
    change: (current: T | undefined) => { value: T | undefined; result: R },
  ): Promise<R> {
    return this.transact(boardId, (step) => {
      const current = step.read(entry);
      const { value, result } = change(current);
      if (value !== undefined && value !== current) step.write(entry, value);
      return result;
    });
  }

  /**
   * Reads and writes several entries as one step: `work` runs synchronously on the loaded room,
   * its writes land together in one change (every device sees both or neither), and none lands if
   * it throws. As in `update`, an entry whose stored value does not read is refused, never replaced.
   */
  async transact<R>(boardId: string, work: (step: RelayDocStep) => R): Promise<R> {
    return this.rooms.withRoom({ boardId, kind: 'relay' }, async (room) => {
      const relayDoc = this.relayDocOf(boardId, room.doc);
      const writes: Array<() => void> = [];
      const result = work({
        read: (entry) => readableOrRefuse(relayDoc, entry),
        write: (entry, value) => {
          readableOrRefuse(relayDoc, entry);
          writes.push(() => relayDoc.write(entry, value));
        },
      });
      if (writes.length === 0) return result;
      room.change(() => writes.forEach((write) => write()));
      await room.whenDurable();
      return result;
    });
  }
}

/** What `transact` lets its work do with the relay doc. */
export interface RelayDocStep {
  read<T extends object>(entry: RelayDocEntry<T>): T | undefined;
  write<T extends object>(entry: RelayDocEntry<T>, value: T): void;
}

function readableOrRefuse<T extends object>(relayDoc: RelayDoc, entry: RelayDocEntry<T>): T | undefined {
  const reading = relayDoc.reading(entry);
  if (reading && !reading.ok) {
    throw new Refused('conflict', 'relay_doc_unreadable', `this relay cannot read the board's saved ${entry.label} (${reading.problem}); nothing was changed`);
  }
  return reading?.value;
}
