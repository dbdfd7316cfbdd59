import { roleLabels } from '@washup/shared/auth';
import { narrativePartLabel } from '../narrative/partLabels';
import { useHeadings } from '../sync/useHeadings';
import { Avatar } from './Avatar';
import { LocationIcon } from './LocationIcon';
import type { PresencePerson } from './presencePeople';
import { locationLabels } from './locationLabels';

/** One person in the presence list: avatar, name, role and where they are. */
export function PresenceItem({ person }: { person: PresencePerson }) {
  const { user, isSelf, writing } = person;
  const headings = useHeadings();
  return (
    <li className="presence-item" data-role={user.role} data-self={isSelf || undefined}>
      <Avatar name={user.name} colour={user.colour} />
      <span className="presence-item__text">
        <span className="presence-item__name">
          {user.name}
          {isSelf ? <span className="presence-item__you"> (you)</span> : null}
        </span>
        <span className="presence-item__meta">
          <span className="presence-item__role">{roleLabels[user.role]}</span>
          <span className="presence-item__location" data-location={user.location}>
            <LocationIcon location={user.location} />
            {locationLabels[user.location]}
          </span>
          {writing ? <span className="presence-item__writing">Writing the {narrativePartLabel(writing.part, headings)}</span> : null}
        </span>
      </span>
    </li>
  );
}
