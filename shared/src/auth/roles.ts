import { z } from 'zod';

export const roles = ['facilitator', 'reviewer', 'host', 'observer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  facilitator: 'Lead Reviewer',
  reviewer: 'Peer reviewer',
  host: 'Host leader',
  observer: 'Observer',
};

/** Hosts and observers see the board during the wash-up but must not change the evidence. */
export function canEditBoard(role: Role): boolean {
  return role === 'facilitator' || role === 'reviewer';
}

export function canFacilitate(role: Role): boolean {
  return role === 'facilitator';
}
