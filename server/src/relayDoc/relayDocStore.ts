import { RelayDoc } from '@washup/shared';
import type { RoomRegistry } from '../sync/roomRegistry';

/**
 * Reads and writes the relay doc of a board. An update runs its read-modify-write in one
 * synchronous step on the loaded room, so two commands for one board never interleave, and it
 * resolves once the new state is durable.
 */
export class RelayDocStore {
  constructor(private readonly rooms: RoomRegistry) {}

  read<T>(boardId: string, key: string): Promise<T | undefined> {
    return this.rooms.withRoom({ boardId, kind: 'relay' }, (room) => new RelayDoc(room.doc).get<T>(key));
  }

  async update<T, R>(boardId: string, key: string, change: (current: T | undefined) => { value: T; result: R }): Promise<R> {
    return this.rooms.withRoom({ boardId, kind: 'relay' }, async (room) => {
      const relayDoc = new RelayDoc(room.doc);
      const current = relayDoc.get<T>(key);
      const { value, result } = change(current);
      // Returning the value it was given means "nothing changed": a tick that expired nothing writes nothing.
      if (value === current) return result;
      room.change(() => relayDoc.set(key, value));
      await room.whenDurable();
      return result;
    });
  }
}
