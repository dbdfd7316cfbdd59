import { z } from 'zod';

/** The roles a person joins with by name. */
export const personRoles = ['facilitator', 'reviewer', 'host', 'observer'] as const;
export const personRoleSchema = z.enum(personRoles);
export type PersonRole = z.infer<typeof personRoleSchema>;

/**
 * Every role a link can carry: the people's, and the screen (a projector). A screen link is no one:
 * it never joins by name, never appears among the people present, and changes nothing.
 */
export const roles = [...personRoles, 'screen'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  facilitator: 'Lead Reviewer',
  reviewer: 'Peer reviewer',
  host: 'Host leader',
  observer: 'Observer',
  screen: 'Screen',
};

/** Hosts and observers see the board during the wash-up but must not change the evidence. */
export function canEditBoard(role: Role): boolean {
  return role === 'facilitator' || role === 'reviewer';
}

export function canFacilitate(role: Role): boolean {
  return role === 'facilitator';
}

/** A person joins by name and is seen in presence; a screen only shows what the Lead Reviewer presents. */
export function isPersonRole(role: Role): role is PersonRole {
  return role !== 'screen';
}
