import type { Role } from '../auth/roles';

/**
 * The report is the host's and the Lead Reviewer drafts it, so only they download it; reviewers
 * and observers see it on the board. The relay enforces this, the UI only mirrors it.
 */
export const reportDownloadRoles: readonly Role[] = ['facilitator', 'host'];

export function canDownloadReport(role: Role): boolean {
  return reportDownloadRoles.includes(role);
}
