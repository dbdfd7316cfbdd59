import { useId } from 'react';
import type { Invite } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { CopyButton } from './CopyButton';
import { inviteAudience } from './roleCopy';

interface Props {
  role: Role;
  invite: Invite;
}

/** One role's link: who it is for, the link itself (select-all on focus) and a copy button. */
export function InviteLinkRow({ role, invite }: Props) {
  const inputId = useId();
  const audience = inviteAudience[role];
  return (
    <li className="invite-row" data-role={role}>
      <div className="invite-row__text">
        <label className="invite-row__title" htmlFor={inputId}>
          {audience.title}
        </label>
        <p className="invite-row__can">{audience.can}</p>
      </div>
      <div className="invite-row__link">
        <input
          id={inputId}
          className="input input--mono"
          type="text"
          readOnly
          value={invite.url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={invite.url} label={`Copy the ${audience.title} link`} />
      </div>
    </li>
  );
}
