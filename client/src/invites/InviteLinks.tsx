import type { Invites } from '@washup/shared/api';
import { roles } from '@washup/shared/auth';
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
