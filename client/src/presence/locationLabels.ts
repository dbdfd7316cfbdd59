import type { PresenceLocation } from '@washup/shared';

export const locationLabels: Record<PresenceLocation, string> = {
  room: 'In the room',
  remote: 'Remote',
};
