import type { Invites } from '@washup/shared/api';
import { roles } from '@washup/shared/auth';
import { isRecord, readStored, removeStored, writeStored } from '../device/localStore';

/** The invite links of boards created on this device, so the Lead Reviewer can share them again later. */
const key = (boardId: string) => `washup:invites:${boardId}`;

function isInvites(value: unknown): value is Invites {
  return (
    isRecord(value) &&
    roles.every((role) => {
      const invite = value[role];
      return isRecord(invite) && typeof invite.token === 'string' && typeof invite.url === 'string';
    })
  );
}

export function saveInvites(boardId: string, invites: Invites): void {
  writeStored(key(boardId), invites);
}

export function loadInvites(boardId: string): Invites | null {
  return readStored(key(boardId), isInvites);
}

export function forgetInvites(boardId: string): void {
  removeStored(key(boardId));
}
