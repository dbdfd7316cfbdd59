import { useId, useState } from 'react';
import { Avatar } from './Avatar';
import { LocationChoice } from './LocationChoice';
import { PresenceItem } from './PresenceItem';
import type { PresenceLocation } from '@washup/shared/presence';
import { usePresence } from './usePresence';

interface Props {
  location: PresenceLocation;
  onLocationChange: (location: PresenceLocation) => void;
}

/** Initials shown in the collapsed row before it says "+ N more". */
const initialsShown = 5;

/**
 * Who is on the board now, with role and location, and this person's own "room or remote" switch.
 * On a phone or a laptop it is one row (the count and a row of initials) that opens to the whole list, so the
 * view below it starts on the first screen; on wide screens it is always open beside the board.
 */
export function PresencePanel({ location, onLocationChange }: Props) {
  const people = usePresence();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const inRoom = people.filter((person) => person.user.location === 'room').length;
  const summary = `${inRoom} in the room · ${people.length - inRoom} remote`;
  return (
    <section className="presence-panel" aria-labelledby="presence-title" data-expanded={expanded || undefined}>
      <div className="presence-panel__head">
        <h2 id="presence-title" className="panel-title">
          Here now <span className="count-badge">{people.length}</span>
        </h2>
        <p className="presence-panel__summary">{summary}</p>
      </div>
      <button
        type="button"
        className="presence-toggle"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => setExpanded((open) => !open)}
      >
        <span className="presence-toggle__count">
          Here now <span className="count-badge">{people.length}</span>
        </span>
        <span className="presence-toggle__faces" aria-hidden="true">
          {people.slice(0, initialsShown).map((person) => (
            <Avatar key={person.user.participantId} name={person.user.name} colour={person.user.colour} size="small" />
          ))}
          {people.length > initialsShown ? <span className="presence-toggle__more">+{people.length - initialsShown}</span> : null}
        </span>
        <span className="presence-toggle__action">{expanded ? 'Hide' : 'Show'}</span>
        <span className="visually-hidden">{` who is here: ${summary}`}</span>
      </button>
      <div className="presence-panel__details" id={detailsId}>
        <ul className="presence-list" aria-label="People on this board">
          {people.map((person) => (
            <PresenceItem key={person.user.participantId} person={person} />
          ))}
        </ul>
        <LocationChoice value={location} onChange={onLocationChange} legend="You are" compact />
      </div>
    </section>
  );
}
