import { roleLabels, type Role } from '@washup/shared/auth';

/** Who each invite link is for and what it lets them do, in the words of a review team. */
export const inviteAudience: Record<Role, { title: string; can: string }> = {
  facilitator: {
    title: roleLabels.facilitator,
    can: 'Runs the wash-up: edits, facilitates, reveals votes and manages the board. Keep this link to yourself.',
  },
  reviewer: {
    title: 'Peer reviewers',
    can: 'Capture evidence, cluster it into themes and vote.',
  },
  host: {
    title: roleLabels.host,
    can: 'Follows the board read-only and chooses which ideas to pursue.',
  },
  observer: {
    title: 'Observers',
    can: 'Improvement Champion and other observers: read-only.',
  },
  screen: {
    title: 'Screen (projector)',
    can: 'Open it on the computer that drives the projector: it shows what you present, in large type, joins no one and changes nothing.',
  },
};
