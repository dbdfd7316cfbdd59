import type { PresenceLocation } from '@washup/shared/presence';

export const locationLabels: Record<PresenceLocation, string> = {
  room: 'In the room',
  remote: 'Remote',
};
