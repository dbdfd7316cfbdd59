import { useId } from 'react';
import { formatJoinCode, type Invite } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { CopyButton } from './CopyButton';
import { QrCode } from './QrCode';
import { inviteAudience } from './roleCopy';

interface Props {
  role: Role;
  invite: Invite;
}

/** The start page of the address a link opens: where a join code is typed. */
function startPageOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * One role's link: who it is for, the link itself (select-all on focus) and a copy button, its QR
 * code for a phone's camera, and its join code to type on the start page.
 */
export function InviteLinkRow({ role, invite }: Props) {
  const inputId = useId();
  const codeId = useId();
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
      <div className="invite-row__join">
        <QrCode text={invite.url} label={`QR code of the ${audience.title} link`} />
        {invite.joinCode ? (
          <p className="join-code" id={codeId}>
            <span className="join-code__label">Join code</span>
            <strong className="join-code__value" aria-label={[...invite.joinCode].join(' ')} data-testid={`join-code-${role}`}>
              {formatJoinCode(invite.joinCode)}
            </strong>
            <span className="join-code__how">{`Or open ${startPageOf(invite.url)} and type the code.`}</span>
          </p>
        ) : (
          <p className="join-code join-code--none">Replace the links to get short join codes.</p>
        )}
      </div>
    </li>
  );
}
