import type { PresenceUser } from '@washup/shared/presence';
import { Avatar } from '../presence/Avatar';

/** Who is writing a paragraph now: their initials on their colour, and their name (with the paragraph's number, where it is not beside it). */
export function WriterBadge({ user, paragraph }: { user: PresenceUser; paragraph?: number }) {
  return (
    <span className="writer-badge no-print" style={{ borderColor: user.colour }}>
      <Avatar name={user.name} colour={user.colour} size="small" />
      <span className="writer-badge__name">
        {user.name} is writing{paragraph === undefined ? '' : ` paragraph ${paragraph + 1}`}
      </span>
    </span>
  );
}
