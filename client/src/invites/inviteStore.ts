import type { Invite, Invites } from '@washup/shared/api';
import { personRoles } from '@washup/shared/auth';
import { isRecord, readStored, removeStored, writeStored } from '../device/localStore';

/** The invite links of boards created on this device, so the Lead Reviewer can share them again later. */
const key = (boardId: string) => `washup:invites:${boardId}`;

/** Links kept on this device: those kept before screen links existed have none, until the links are replaced. */
export type KeptInvites = Omit<Invites, 'screen'> & { screen?: Invite };

function isInvite(value: unknown): boolean {
  return isRecord(value) && typeof value.token === 'string' && typeof value.url === 'string';
}

function isInvites(value: unknown): value is KeptInvites {
  return isRecord(value) && personRoles.every((role) => isInvite(value[role])) && (value.screen === undefined || isInvite(value.screen));
}

export function saveInvites(boardId: string, invites: KeptInvites): void {
  writeStored(key(boardId), invites);
}

export function loadInvites(boardId: string): KeptInvites | null {
  return readStored(key(boardId), isInvites);
}

export function forgetInvites(boardId: string): void {
  removeStored(key(boardId));
}
