import type { DecodedUpdate } from './decodedUpdate';
import type { Room } from './room';

/**
 * What keeps a doc's history apart from its log (the board doc's restore points). Told of each
 * client update that passed the relay's checks before it is applied, so the doc can still be
 * captured as it stood. Returns a promise when the update must not be stored (nor acknowledged)
 * before the point taken ahead of it is: an update removing many records never outlives, in
 * storage, the point that undoes it.
 */
export interface DocHistory {
  beforeClientUpdate(room: Room, update: DecodedUpdate, participantId: string | null): Promise<void> | null;
}
