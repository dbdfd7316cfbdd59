import { roles, type Invites } from '@washup/shared';
import { InviteLinkRow } from './InviteLinkRow';

/** The four invite links of a board, one per role. */
export function InviteLinks({ invites }: { invites: Invites }) {
  return (
    <ul className="invite-list" aria-label="Invite links">
      {roles.map((role) => (
        <InviteLinkRow key={role} role={role} invite={invites[role]} />
      ))}
    </ul>
  );
}
