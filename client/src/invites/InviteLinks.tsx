import { roles } from '@washup/shared/auth';
import { InviteLinkRow } from './InviteLinkRow';
import type { KeptInvites } from './inviteStore';

/** The invite links of a board, one per role, the screen link (for the projector) last. */
export function InviteLinks({ invites }: { invites: KeptInvites }) {
  return (
    <ul className="invite-list" aria-label="Invite links">
      {roles.map((role) => {
        const invite = invites[role];
        return invite ? <InviteLinkRow key={role} role={role} invite={invite} /> : null;
      })}
    </ul>
  );
}
