import { readStored, writeStored } from '../device/localStore';
import type { PresenceLocation } from '@washup/shared/presence';

const key = 'washup:location';
const isLocation = (value: unknown): value is PresenceLocation => value === 'room' || value === 'remote';

/** Whether this person said they are in the room or remote, last time they said. */
export function loadLocation(): PresenceLocation {
  return readStored(key, isLocation) ?? 'room';
}

export function saveLocation(location: PresenceLocation): void {
  writeStored(key, location);
}
