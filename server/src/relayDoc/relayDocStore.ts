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
  async update<T extends object, R>(
    boardId: string,
    entry: RelayDocEntry<T>,
    change: (current: T | undefined) => { value: T | undefined; result: R },
  ): Promise<R> {
    return this.rooms.withRoom({ boardId, kind: 'relay' }, async (room) => {
      const relayDoc = this.relayDocOf(boardId, room.doc);
      const reading = relayDoc.reading(entry);
      if (reading && !reading.ok) {
        throw new Refused('conflict', 'relay_doc_unreadable', `this relay cannot read the board's saved ${entry.label} (${reading.problem}); nothing was changed`);
      }
      const current = reading?.value;
      const { value, result } = change(current);
      if (value === undefined || value === current) return result;
      room.change(() => relayDoc.write(entry, value));
      await room.whenDurable();
      return result;
    });
  }
}
