import type { Role } from '@washup/shared';

/** Who each invite link is for and what it lets them do, in the words of a review team. */
export const inviteAudience: Record<Role, { title: string; can: string }> = {
  facilitator: {
    title: 'Lead Reviewer',
    can: 'Runs the wash-up: edits, facilitates, reveals votes and manages the board. Keep this link to yourself.',
  },
  reviewer: {
    title: 'Peer reviewers',
    can: 'Capture evidence, cluster it into themes and vote.',
  },
  host: {
    title: 'Host leader',
    can: 'Follows the board read-only and chooses which ideas to pursue.',
  },
  observer: {
    title: 'Observers',
    can: 'Improvement Champion and other observers: read-only.',
  },
};
