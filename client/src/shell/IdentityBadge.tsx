import { roleLabels } from '@washup/shared/auth';
import { colourFor } from '@washup/shared/presence';
import { Avatar } from '../presence/Avatar';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** Who you are on this board: your name and your role. */
export function IdentityBadge() {
  const { identity } = useBoardConnection();
  return (
    <p className="identity-badge">
      <Avatar name={identity.name} colour={colourFor(identity.participantId)} size="small" />
      <span className="identity-badge__text">
        <span className="visually-hidden">Signed in as </span>
        <span className="identity-badge__name">{identity.name}</span>
        <span className="identity-badge__role" data-role={identity.role}>
          {roleLabels[identity.role]}
        </span>
      </span>
    </p>
  );
}
