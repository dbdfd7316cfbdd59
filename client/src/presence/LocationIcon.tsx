import type { PresenceLocation } from '@washup/shared/presence';

/** A table for "in the room", a screen for "remote". Decorative. */
export function LocationIcon({ location }: { location: PresenceLocation }) {
  return (
    <svg className="location-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {location === 'room' ? (
        <path d="M3 8h14M5 8v7M15 8v7M7.5 5.5a1.5 1.5 0 1 0 0-.01M12.5 5.5a1.5 1.5 0 1 0 0-.01" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
      ) : (
        <path d="M3.5 4.5h13v9h-13zM8 16.5h4M10 13.5v3" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}
