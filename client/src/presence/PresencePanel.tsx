import { LocationChoice } from './LocationChoice';
import { PresenceItem } from './PresenceItem';
import type { PresenceLocation } from '@washup/shared/presence';
import { usePresence } from './usePresence';

interface Props {
  location: PresenceLocation;
  onLocationChange: (location: PresenceLocation) => void;
}

/** Who is on the board now, with role and location, and this person's own "room or remote" switch. */
export function PresencePanel({ location, onLocationChange }: Props) {
  const people = usePresence();
  const inRoom = people.filter((person) => person.user.location === 'room').length;
  return (
    <section className="presence-panel" aria-labelledby="presence-title">
      <div className="presence-panel__head">
        <h2 id="presence-title" className="panel-title">
          Here now <span className="count-badge">{people.length}</span>
        </h2>
        <p className="presence-panel__summary">
          {inRoom} in the room · {people.length - inRoom} remote
        </p>
      </div>
      <ul className="presence-list" aria-label="People on this board">
        {people.map((person) => (
          <PresenceItem key={person.user.participantId} person={person} />
        ))}
      </ul>
      <LocationChoice value={location} onChange={onLocationChange} legend="You are" compact />
    </section>
  );
}
